extension Mark {
    /// The position of the character that contains byte `offset` of `bytes`, found by
    /// scanning the bytes once. Used for reader errors, which libyaml reports as a byte
    /// offset only. Line breaks are the ones YAML recognises (LF, CR, CR LF, NEL, LS, PS);
    /// a leading byte order mark takes no column.
    init(byteOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let target = Self.sequenceStart(containing: min(max(offset, 0), bytes.count), in: bytes)
        var line = 1
        var column = 1
        var index = Self.hasByteOrderMark(bytes) ? 3 : 0
        while index < target {
            let breakWidth = Self.lineBreakWidth(in: bytes, at: index)
            if breakWidth > 0 {
                line += 1
                column = 1
                index += breakWidth
                continue
            }
            if !Self.isContinuationByte(bytes[index]) { column += 1 }
            index += 1
        }
        self.init(line: line, column: column)
    }

    /// Moves `offset` back to the lead byte of the UTF-8 sequence it belongs to, when an
    /// earlier lead byte announces a sequence long enough to reach it.
    private static func sequenceStart(containing offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var distance = 1
        while distance <= 3, offset - distance >= 0 {
            let byte = bytes[offset - distance]
            if !isContinuationByte(byte) {
                return announcedLength(ofLeadByte: byte) > distance ? offset - distance : offset
            }
            distance += 1
        }
        return offset
    }

    /// The sequence length a UTF-8 lead byte announces (1 for ASCII and stray bytes).
    private static func announcedLength(ofLeadByte byte: UInt8) -> Int {
        switch byte {
        case 0xC0...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF7: return 4
        default: return 1
        }
    }

    private static func isContinuationByte(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x80
    }

    private static func hasByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// The byte length of the line break starting at `index`, or 0 when there is none.
    private static func lineBreakWidth(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let remaining = bytes.count - index
        switch bytes[index] {
        case ASCII.lineFeed:
            return 1
        case ASCII.carriageReturn:
            return remaining >= 2 && bytes[index + 1] == ASCII.lineFeed ? 2 : 1
        case 0xC2 where remaining >= 2 && bytes[index + 1] == 0x85:
            return 2
        case 0xE2 where remaining >= 3 && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            return 3
        default:
            return 0
        }
    }
}
