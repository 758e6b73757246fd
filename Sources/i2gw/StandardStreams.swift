import Foundation
import MigrationCore

/// Writes to standard output and standard error with plain `write(2)` calls: no buffering
/// surprises, interrupted writes resumed, and a failed write to standard output (a full disk,
/// a closed pipe with SIGPIPE ignored) reported on standard error with exit status 2 instead
/// of a crash.
enum StandardStreams {
    /// Writes `text` to standard output, or ends the process with status 2 when it cannot.
    static func writeOutput(_ text: String) {
        var text = text
        text.withUTF8 { writeOutput($0) }
    }

    /// Writes `bytes` to standard output, or ends the process with status 2 when it cannot.
    static func writeOutput(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let code = write(bytes, to: STDOUT_FILENO) {
            writeError("i2gw: error: cannot write standard output: \(BoundedReader.describe(code))\n")
            exit(ExitStatus.inputError)
        }
    }

    /// Writes `text` to standard error; a failure there has nowhere to be reported.
    static func writeError(_ text: String) {
        var text = text
        text.withUTF8 { _ = write($0, to: STDERR_FILENO) }
    }

    /// Writes each line, followed by a line break, to standard error, in pieces of about
    /// 256 KiB: tens of thousands of findings are never held as one text.
    static func writeError(lines: some Sequence<String>) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 18)
        for line in lines {
            buffer += line.utf8
            buffer.append(UInt8(ascii: "\n"))
            if buffer.count >= 1 << 18 {
                buffer.withUnsafeBufferPointer { _ = write($0, to: STDERR_FILENO) }
                buffer.removeAll(keepingCapacity: true)
            }
        }
        buffer.withUnsafeBufferPointer { _ = write($0, to: STDERR_FILENO) }
    }

    /// Writes every byte, resuming after interruptions and partial writes; returns the error
    /// number of a failed write, or nil.
    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
        guard var next = bytes.baseAddress else { return nil }
        var remaining = bytes.count
        while remaining > 0 {
            let written = Foundation.write(descriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            next += written
            remaining -= written
        }
        return nil
    }

    /// Ends the process once everything is written. The run's data (millions of small objects
    /// for a large cluster) is left to the operating system: freeing it one by one would only
    /// add time after the output is complete.
    static func finish(status: Int32) -> Never {
        exit(status)
    }
}
