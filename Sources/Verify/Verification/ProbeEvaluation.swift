import Dispatch
import MigrationCore

/// What a probe request gets from ingress-nginx and from the Gateway, and how the two differ.
struct ProbeEvaluation: Sendable {
    /// The controller's answer.
    var reference: RoutingDecision
    /// The Gateway's answer.
    var candidate: RoutingDecision
    /// How they differ; never empty.
    var differences: [OutcomeDifference]

    /// How many probes are worked out between two reports: enough to keep every core busy,
    /// few enough that the answers waiting to be reported stay small.
    static let batchSize = 4096

    /// Works out the probes of `range` on every available core, each core taking a contiguous
    /// slice: the engines only read what they were built from (their shared regex cache has a
    /// lock), so answers do not depend on which core gave them. An entry is nil where both
    /// answers agree; the list follows the probes' order, so the report is the same whatever
    /// the number of cores.
    static func evaluate(
        _ probes: [Probe], _ range: Range<Int>, workers: Int, _ evaluate: @Sendable (Probe) -> ProbeEvaluation?
    ) -> [ProbeEvaluation?] {
        var results = [ProbeEvaluation?](repeating: nil, count: range.count)
        let parts = max(1, min(workers, range.count))
        if parts == 1 {
            for offset in results.indices { results[offset] = evaluate(probes[range.lowerBound + offset]) }
            return results
        }
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let slice = (range.count * part / parts)..<(range.count * (part + 1) / parts)
                for offset in slice { buffer[offset] = evaluate(probes[range.lowerBound + offset]) }
            }
        }
        return results
    }
}

/// Two independent pieces of work, done side by side when there is more than one worker.
enum SideBySide {
    static func run<First: Sendable, Second: Sendable>(
        workers: Int, _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        guard workers > 1 else { return (first(), second()) }
        nonisolated(unsafe) var firstResult: First?
        nonisolated(unsafe) var secondResult: Second?
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 { firstResult = first() } else { secondResult = second() }
        }
        return (firstResult!, secondResult!)
    }
}
