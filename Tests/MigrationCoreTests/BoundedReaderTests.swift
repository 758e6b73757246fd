import Foundation
import Testing
@testable import MigrationCore

/// Reading stops one byte past the budget, whether the input is a file read into a buffer of
/// its size, a file larger than its size said (it grew), or a stream read in pieces.
@Suite struct BoundedReaderTests {
    /// Bytes of every value, so a misplaced piece shows.
    static func content(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 256) } }

    /// Reads `content` from a temporary file, telling the reader the file has `size` bytes.
    static func readFile(_ content: [UInt8], size: Int, budget: Int) throws -> BoundedReader.Outcome {
        let path = NSTemporaryDirectory() + "bounded-reader-\(UUID().uuidString)"
        FileManager.default.createFile(atPath: path, contents: Data(content))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_RDONLY)
        defer { close(descriptor) }
        return try BoundedReader.read(descriptor: descriptor, budget: budget, expectedSize: size, path: path)
    }

    @Test(arguments: [0, 1, 1000, 64 * 1024, 64 * 1024 + 1, 300_000])
    func readsWholeFiles(count: Int) throws {
        let content = Self.content(count)
        for size in [count, 0, count / 2] {
            guard case .bytes(let bytes) = try Self.readFile(content, size: size, budget: count) else {
                Issue.record("\(count) bytes (said \(size)) over a budget of \(count)")
                continue
            }
            // Compared as a whole (a failure names the sizes, not every byte).
            let same = bytes == content
            #expect(same, "\(count) bytes, said \(size): read \(bytes.count)")
            #expect(try Self.readFile(content, size: size, budget: count - 1).isOverBudget == (count > 0), "\(count) bytes, said \(size)")
        }
    }

    /// A stream (no size known) longer than the first buffer: the pipe is made large enough to
    /// hold it all, so it is written whole before it is read.
    @Test func readsStreamsInPieces() throws {
        let content = Self.content(300_000)
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]) }
        // F_SETPIPE_SZ (Linux): room for the whole content.
        try #require(fcntl(ends[1], 1031, 1 << 20) >= content.count)
        let written = content.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        close(ends[1])
        try #require(written == content.count)
        guard case .bytes(let bytes) = try BoundedReader.read(descriptor: ends[0], budget: 1 << 20, path: "<stdin>") else {
            Issue.record("a stream under the budget was refused")
            return
        }
        let same = bytes == content
        #expect(same, "read \(bytes.count) of \(content.count) bytes")
    }
}

extension BoundedReader.Outcome {
    var isOverBudget: Bool {
        if case .overBudget = self { return true }
        return false
    }
}
