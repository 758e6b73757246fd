/// Cuts a YAML stream of many documents into consecutive pieces that can be parsed on their
/// own, for parsing a large input on several cores.
///
/// A piece always starts at a `---` document marker at the start of a line. YAML forbids such a
/// line inside any content (libyaml ends a block scalar there and rejects it inside a quoted or
/// flow scalar), so each piece holds whole documents, and parsing the pieces one after the
/// other yields the documents of the whole stream. Streams the rule does not cover are never
/// cut: input that is not UTF-8 (a UTF-16 or UTF-32 byte order mark) and streams with a
/// directive line (`%YAML`, `%TAG`), which belongs to the document after it.
public struct StreamChunk: Sendable, Equatable {
    /// The bytes of the piece within the whole input.
    public var range: Range<Int>
    /// How many lines come before the piece, counted as libyaml counts them (`\r\n`, `\r`,
    /// `\n`, and the UTF-8 encodings of U+0085, U+2028 and U+2029 each end a line): added to
    /// the piece's 1-based line numbers, it gives the line in the whole input.
    public var lineOffset: Int

    /// Creates a piece.
    public init(range: Range<Int>, lineOffset: Int) {
        self.range = range
        self.lineOffset = lineOffset
    }

    /// At most `parts` pieces of about equal size covering `bytes`, or nil when the stream
    /// cannot be cut (see the type's documentation) or yields a single piece.
    public static func split(_ bytes: [UInt8], parts: Int) -> [StreamChunk]? {
        guard parts > 1, !bytes.isEmpty, !hasForeignByteOrderMark(bytes) else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> [StreamChunk]? in
            var starts = [0]
            for part in 1..<parts {
                let target = max(bytes.count * part / parts, starts.last! + 1)
                guard let start = nextMarkerLine(in: buffer, from: target) else { break }
                if start > starts.last! { starts.append(start) }
            }
            guard starts.count > 1, !hasDirectiveLine(buffer) else { return nil }
            var chunks: [StreamChunk] = []
            var lines = 0
            for (index, start) in starts.enumerated() {
                let end = index + 1 < starts.count ? starts[index + 1] : bytes.count
                chunks.append(StreamChunk(range: start..<end, lineOffset: lines))
                lines += lineBreaks(in: buffer, start..<end)
            }
            return chunks
        }
    }

    /// Whether the input starts with a UTF-16 or UTF-32 byte order mark.
    static func hasForeignByteOrderMark(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 2 else { return false }
        return (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) || bytes[0] == 0
    }

    /// The start of the first line at or after `offset` that is a `---` marker, if any.
    private static func nextMarkerLine(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        var position = offset
        // Move to the start of a line: just after a line break.
        while position < bytes.count, position > 0, !isLineEnd(bytes[position - 1]) { position += 1 }
        while position + 3 <= bytes.count {
            if bytes[position] == 0x2D, bytes[position + 1] == 0x2D, bytes[position + 2] == 0x2D,
                position + 3 == bytes.count || [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position + 3])
            {
                return position
            }
            while position < bytes.count, !isLineEnd(bytes[position]) { position += 1 }
            position += 1
        }
        return nil
    }

    /// Whether a line of the input starts with `%` (a directive).
    private static func hasDirectiveLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.first == 0x25 { return true }
        for index in 1..<bytes.count where bytes[index] == 0x25 && isLineEnd(bytes[index - 1]) { return true }
        return false
    }

    private static func isLineEnd(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    /// The line breaks in `range`, counted as libyaml counts them. Eight bytes at a time while
    /// they are plain ASCII without a carriage return (counting the `\n`s), byte by byte
    /// around anything else.
    static func lineBreaks(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var count = 0
        var index = range.lowerBound
        while index < range.upperBound {
            if index + 8 <= range.upperBound {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & highBits == 0, zeroBytes(word ^ carriageReturns) == 0 {
                    count += zeroBytes(word ^ lineFeeds).nonzeroBitCount
                    index += 8
                    continue
                }
            }
            index += breakLength(at: index, in: bytes, before: range.upperBound, count: &count)
        }
        return count
    }

    static let highBits: UInt64 = 0x8080_8080_8080_8080
    static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let carriageReturns: UInt64 = 0x0D0D_0D0D_0D0D_0D0D
    static let lineFeeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A

    /// The high bit of every byte of `word` that is zero, and no other bit.
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~(((word & lowBits) &+ lowBits) | word | lowBits)
    }

    /// Counts the line break at `index`, if there is one, and returns how many bytes to step.
    private static func breakLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>, before end: Int, count: inout Int) -> Int {
        switch bytes[index] {
        case 0x0A:
            count += 1
        case 0x0D:
            count += 1
            if index + 1 < end, bytes[index + 1] == 0x0A { return 2 }
        case 0xC2 where index + 1 < end && bytes[index + 1] == 0x85:
            count += 1
            return 2
        case 0xE2 where index + 2 < end && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            count += 1
            return 3
        default:
            break
        }
        return 1
    }
}
