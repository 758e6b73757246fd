/// The input buffer of a ``YAMLParser``, handed to libyaml through a read callback so the
/// bytes are neither copied up front nor released while libyaml reads them.
final class ParserInput {
    /// The whole input.
    let bytes: [UInt8]
    /// The part of `bytes` libyaml reads (all of it, or one piece of a stream cut with
    /// ``StreamChunk``).
    let range: Range<Int>
    /// The position of the next byte libyaml reads.
    private var readOffset: Int

    init(bytes: [UInt8], range: Range<Int>? = nil) {
        self.bytes = bytes
        self.range = range ?? bytes.indices
        self.readOffset = self.range.lowerBound
    }

    /// Copies up to `capacity` unread bytes into `destination`; returns how many were copied
    /// (0 at the end of the input).
    func copyNextBytes(into destination: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int {
        let count = min(capacity, range.upperBound - readOffset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBufferPointer { source in
            destination.update(from: source.baseAddress! + readOffset, count: count)
        }
        readOffset += count
        return count
    }
}

/// libyaml's read handler: `data` is an unretained ``ParserInput``.
func readParserInput(
    _ data: UnsafeMutableRawPointer?,
    _ buffer: UnsafeMutablePointer<UInt8>?,
    _ size: Int,
    _ sizeRead: UnsafeMutablePointer<Int>?
) -> Int32 {
    guard let data, let buffer, let sizeRead else { return 0 }
    let input = Unmanaged<ParserInput>.fromOpaque(data).takeUnretainedValue()
    sizeRead.pointee = input.copyNextBytes(into: buffer, capacity: size)
    return 1
}
