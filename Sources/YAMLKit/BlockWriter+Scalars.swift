/// Writing one scalar in the style chosen for it, as libyaml's emitter writes that style
/// (without line folding, since the width is unlimited).
extension BlockWriter {
    /// A plain scalar, after a space when the line does not end in white space.
    mutating func writePlain(_ bytes: UnsafeBufferPointer<UInt8>) {
        if !whitespace && !bytes.isEmpty {
            output.append(ASCII.space)
            column += 1
        }
        output.append(bytes)
        column += bytes.count
        whitespace = false
        indention = false
    }

    /// A double-quoted scalar, escaped by ``DoubleQuotedEscaping``.
    mutating func writeDoubleQuoted(_ bytes: UnsafeBufferPointer<UInt8>) {
        writeIndicator(UInt8(ascii: "\""), needWhitespace: true, isWhitespace: false, isIndention: false)
        column += DoubleQuotedEscaping.append(bytes, to: &output)
        writeIndicator(UInt8(ascii: "\""), needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    /// A literal block scalar (`|`), which ``ScalarPresentation`` only chooses for text whose
    /// line breaks are all line feeds: the header, then each line at the scalar's indentation.
    mutating func writeLiteral(_ bytes: UnsafeBufferPointer<UInt8>) {
        writeIndicator(UInt8(ascii: "|"), needWhitespace: true, isWhitespace: false, isIndention: false)
        if let first = bytes.first, first == ASCII.space || first == ASCII.lineFeed {
            writeIndicator(UInt8(ascii: "2"), needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        if let chomping = Self.chompingIndicator(bytes) {
            writeIndicator(chomping, needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        output.append(ASCII.lineFeed)
        column = 0
        indention = true
        whitespace = true
        var atLineStart = true
        var lineStart = 0
        for index in bytes.indices where bytes[index] == ASCII.lineFeed || index == bytes.count - 1 {
            let end = bytes[index] == ASCII.lineFeed ? index : index + 1
            if end > lineStart {
                if atLineStart { writeIndent() }
                output.append(UnsafeBufferPointer(rebasing: bytes[lineStart..<end]))
                column += end - lineStart
                indention = false
            }
            if bytes[index] == ASCII.lineFeed {
                output.append(ASCII.lineFeed)
                column = 0
                indention = true
                atLineStart = true
            } else {
                atLineStart = false
            }
            lineStart = index + 1
        }
    }

    /// `-` when the text does not end with a line break, `+` when it ends with more than one
    /// (or is a single line break), nothing when it ends with exactly one.
    private static func chompingIndicator(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        guard let last = bytes.last, last == ASCII.lineFeed else { return UInt8(ascii: "-") }
        if bytes.count == 1 || bytes[bytes.count - 2] == ASCII.lineFeed { return UInt8(ascii: "+") }
        return nil
    }
}
