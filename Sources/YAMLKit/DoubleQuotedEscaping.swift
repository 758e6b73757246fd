/// The body of a double-quoted scalar as libyaml's emitter writes it (without line folding):
/// printable characters as they are, `"` and `\` escaped, and every other character — control
/// characters, line breaks (U+2028 and U+2029 too), the byte order mark, U+FFFE and U+FFFF, and characters beyond
/// U+FFFF, which libyaml does not count as printable — as an escape: `\0 \a \b \t \n \v \f \r
/// \e \N \_ \L \P` where YAML has one, else `\xXX`, `\uXXXX` or `\UXXXXXXXX` in upper-case hex.
enum DoubleQuotedEscaping {
    /// Appends the escaped text, given as UTF-8 bytes, to `output`; returns the number of
    /// characters written, for the writer's column. Printable ASCII is copied with only `"`
    /// and `\` escaped; any other text is escaped character by character.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout ByteBuffer) -> Int {
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 <= 0x7E }) else {
            var escaped: [UInt8] = []
            let written = append(String(decoding: bytes, as: UTF8.self), to: &escaped)
            escaped.withUnsafeBufferPointer { output.append($0) }
            return written
        }
        var written = bytes.count
        for byte in bytes {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                output.append(UInt8(ascii: "\\"))
                written += 1
            }
            output.append(byte)
        }
        return written
    }

    /// Appends the escaped text to `output`; returns the number of characters written, for
    /// the writer's column.
    static func append(_ text: String, to output: inout [UInt8]) -> Int {
        var written = 0
        for character in text.unicodeScalars {
            let value = character.value
            if needsEscape(character) {
                output.append(UInt8(ascii: "\\"))
                written += 1 + appendEscape(value, to: &output)
            } else if value < 0x80 {
                output.append(UInt8(value))
                written += 1
            } else {
                output.append(contentsOf: UTF8.encode(character)!)
                written += 1
            }
        }
        return written
    }

    private static func needsEscape(_ character: Unicode.Scalar) -> Bool {
        !PlainScalarRules.isPrintable(character) || PlainScalarRules.isLineBreak(character)
            || character == "\"" || character == "\\"
    }

    /// Appends what follows the backslash; returns its length.
    private static func appendEscape(_ value: UInt32, to output: inout [UInt8]) -> Int {
        let short: Unicode.Scalar? = switch value {
        case 0x00: "0"
        case 0x07: "a"
        case 0x08: "b"
        case 0x09: "t"
        case 0x0A: "n"
        case 0x0B: "v"
        case 0x0C: "f"
        case 0x0D: "r"
        case 0x1B: "e"
        case 0x22: "\""
        case 0x5C: "\\"
        case 0x85: "N"
        case 0xA0: "_"
        case 0x2028: "L"
        case 0x2029: "P"
        default: nil
        }
        if let short {
            output.append(UInt8(ascii: short))
            return 1
        }
        let (letter, digits): (Unicode.Scalar, Int) = value <= 0xFF ? ("x", 2) : value <= 0xFFFF ? ("u", 4) : ("U", 8)
        output.append(UInt8(ascii: letter))
        for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
            let digit = UInt8((value >> UInt32(shift)) & 0xF)
            output.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "A") + digit - 10)
        }
        return 1 + digits
    }
}
