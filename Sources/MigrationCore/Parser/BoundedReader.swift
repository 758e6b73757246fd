import Foundation

/// Reads a file or a stream with plain POSIX calls, never more than a byte budget: a hostile
/// input (`/dev/zero`, an endless pipe, a file that grows while it is read) ends with an
/// ``InputError`` instead of exhausting memory.
public enum BoundedReader {
    /// What reading produced: the bytes, or the news that the budget was exceeded.
    enum Outcome: Sendable {
        case bytes([UInt8])
        case overBudget
    }

    /// Reads the file at `path` to its end. Only `budget` bytes are accepted; reading stops as
    /// soon as one more is seen.
    static func read(path: String, budget: Int) throws(InputError) -> Outcome {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InputError(path: path, message: "cannot open file for reading: \(describe(errno))")
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw InputError(path: path, message: "is a directory, not a file")
        }
        let expected = status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : 0
        return try read(descriptor: descriptor, budget: budget, expectedSize: expected, path: path)
    }

    /// Reads an open descriptor to its end within `budget` bytes; `expectedSize` (the size of a
    /// regular file, or 0) sizes the buffer up front.
    static func read(descriptor: Int32, budget: Int, expectedSize: Int = 0, path: String) throws(InputError) -> Outcome {
        let limit = max(budget, 0) + 1
        // A regular file is read straight into a buffer of its size (and one byte more, to see
        // that it ended), with no copy through a smaller buffer; a stream, or a file that grew,
        // goes on in pieces.
        var failure: Int32 = 0
        var ended = false
        var bytes = [UInt8](unsafeUninitializedCapacity: min(max(expectedSize + 1, 64 * 1024), limit)) { buffer, count in
            while count < buffer.count {
                let read = Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if read == 0 { ended = true; return }
                if read < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                count += read
            }
        }
        if failure != 0 { throw InputError(path: path, message: "cannot read file: \(describe(failure))") }
        if !ended {
            var chunk = [UInt8](repeating: 0, count: 256 * 1024)
            while bytes.count < limit {
                let wanted = min(chunk.count, limit - bytes.count)
                let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, wanted) }
                if count == 0 { break }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw InputError(path: path, message: "cannot read file: \(describe(errno))")
                }
                bytes.append(contentsOf: chunk[0..<count])
            }
        }
        return bytes.count < limit ? .bytes(bytes) : .overBudget
    }

    /// The system's description of an error number, starting lower-case like every other
    /// message ("permission denied").
    public static func describe(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
