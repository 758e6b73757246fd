import Dispatch

/// Prediction of every route, on every core: each route's predictions depend only on the
/// route and on indexes built beforehand, so contiguous ranges of routes are predicted at once,
/// each into its own slots of one list. The result and the findings are the same as predicting
/// the routes one by one.
extension AttachmentPredictor {
    /// Predicts every route on up to `available` threads, each with at least
    /// `minimumRoutesPerWorker` routes (so a small input runs on the calling thread).
    mutating func predict(workers available: Int = RenderWorkers.available, minimumRoutesPerWorker: Int = 2_048) -> [AttachmentPrediction] {
        let routes = routeCount
        // Route `r`'s predictions go to `starts[r]..<starts[r + 1]`; the list is sized once
        // (growing tens of thousands of predictions by doubling would hold two copies at once).
        var counted = [Int](repeating: 0, count: routes + 1)
        for route in 0..<routes { counted[route + 1] = counted[route] + parentCount(ofRouteAt: route) }
        let starts = counted
        let total = starts[routes]
        let workers = max(1, min(available, routes / max(1, minimumRoutesPerWorker)))
        let ranges = (0..<workers).map { worker in (routes * worker / workers)..<(routes * (worker + 1) / workers) }
        var parts = [Part](repeating: Part(), count: workers)
        var predictions = [AttachmentPrediction](unsafeUninitializedCapacity: total) { slots, count in
            nonisolated(unsafe) let slots = slots
            parts.withUnsafeMutableBufferPointer { parts in
                nonisolated(unsafe) let parts = parts
                let predictor = self
                if workers == 1 {
                    parts[0] = predictor.predict(ranges[0], starts: starts, into: slots)
                } else {
                    DispatchQueue.concurrentPerform(iterations: workers) { worker in
                        parts[worker] = predictor.predict(ranges[worker], starts: starts, into: slots)
                    }
                }
            }
            count = total
        }
        // One finding per missing Service: the first in route order.
        var reportedMissing = Set<String>()
        findings.reserveCapacity(findings.count + parts.reduce(0) { $0 + $1.findings.count })
        for part in parts {
            for (finding, missing) in part.findings where missing.map({ reportedMissing.insert($0).inserted }) ?? true {
                findings.append(finding)
            }
        }
        // Sorted by route, then parent, by sorting positions rather than the larger values.
        predictions.permute(by: reportOrder(of: predictions, starts: starts))
        return predictions
    }

    /// What predicting a range of routes gives besides the predictions: the findings raised, in
    /// order.
    struct Part {
        var findings: [(finding: Finding, missing: String?)] = []
    }

    /// Predicts the routes of `range`, each into its slots `starts[route]..<starts[route + 1]`,
    /// which it initializes.
    private func predict(_ range: Range<Int>, starts: [Int], into slots: UnsafeMutableBufferPointer<AttachmentPrediction>) -> Part {
        var part = Part()
        // Room for a finding per route: a large list's memory is mapped page by page as it is
        // written, while growing it by doubling would copy it into fresh memory at each step.
        part.findings.reserveCapacity(range.count)
        // Missing Services already reported in this range (the ranges are merged in order).
        var missing = Set<String>()
        for routeIndex in range {
            let route = route(at: routeIndex)
            precondition(route.parents.count == starts[routeIndex + 1] - starts[routeIndex], "a route's parents were miscounted")
            let resolved = resolvedRefs(route)
            for (offset, parent) in route.parents.enumerated() {
                var text = "\(parent.kind) \(parent.namespace)/\(parent.name)"
                if let section = parent.sectionName { text += ", listener \(section)" }
                let (acceptance, reason) = accept(route, parent: parent)
                let prediction = AttachmentPrediction(
                    route: route.ref, generated: route.generated, parent: text, acceptance: acceptance,
                    resolvedRefsReason: resolved.reason, message: Self.message(reason, resolved.message), location: route.location)
                for raised in findings(for: prediction) where raised.missing.map({ missing.insert($0).inserted }) ?? true {
                    part.findings.append(raised)
                }
                (slots.baseAddress! + starts[routeIndex] + offset).initialize(to: prediction)
            }
        }
        return part
    }
}
