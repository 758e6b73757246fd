import Glibc

/// How many threads render output: one per online processor.
public enum RenderWorkers {
    /// The number of online processors (at least 1, at most 16).
    public static var available: Int {
        min(16, max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}

/// Cuts a list of documents into consecutive batches whose rendering comes to about
/// `pieceSize` bytes per worker: the first batch is one document per worker, each later one is
/// sized from the bytes per document of the batch before. Each batch is split into one
/// contiguous slice per worker.
///
/// No guess is made before anything is measured: output starts with its largest documents (a
/// Gateway names every Ingress it serves, a ListenerSet holds up to 64 listeners), so a guess
/// from typical routes would make the first batch many megabytes, and the workers keep their
/// buffers' memory for the whole run. Documents come grouped by kind, so the batch before is a
/// better measure than the average so far, which the few large documents at the start would
/// keep high for tens of thousands of routes (at 100k Ingresses, thousands of batches a few
/// kilobytes each).
struct RenderBatches {
    let count: Int
    let workers: Int
    let pieceSize: Int
    private var start = 0
    /// What the batch before came to: its bytes and its documents (0 before the first).
    private var lastBytes = 0
    private var lastDocuments = 0

    init(count: Int, workers: Int, pieceSize: Int) {
        self.count = count
        self.workers = workers
        self.pieceSize = max(1, pieceSize)
    }

    /// The next batch of document positions, or nil once every document was handed out.
    mutating func next() -> Range<Int>? {
        guard start < count else { return nil }
        let size: Int
        if pieceSize == .max {
            size = count - start
        } else {
            let (budget, overflow) = pieceSize.multipliedReportingOverflow(by: workers)
            if overflow {
                size = count - start
            } else if lastDocuments == 0 {
                size = workers
            } else {
                size = max(workers, budget / max(1, lastBytes / lastDocuments))
            }
        }
        let batch = start..<min(count, start + size)
        start = batch.upperBound
        return batch
    }

    /// Records what a batch came to, for sizing the next.
    mutating func record(renderedBytes bytes: Int, documents: Int) {
        lastBytes = bytes
        lastDocuments = documents
    }
}

extension Range<Int> {
    /// Consecutive slices of nearly equal length, at most `parts` of them, none empty.
    func split(into parts: Int) -> [Range<Int>] {
        let parts = Swift.max(1, Swift.min(parts, count))
        return (0..<parts).map { part in
            (lowerBound + count * part / parts)..<(lowerBound + count * (part + 1) / parts)
        }
    }
}
