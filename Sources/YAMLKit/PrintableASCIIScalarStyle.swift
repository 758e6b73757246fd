/// Chooses the style of a string scalar from its UTF-8 bytes in one pass, for the text most
/// output holds: printable ASCII (names, hosts, paths, numbers, label values), judged by byte
/// ranges with no table or decoding.
///
/// Text holding any other byte — a control character, a tab, a line break, DEL or any
/// non-ASCII character — is left to the exact rules on Unicode scalars
/// (``ScalarPresentation/exactKind(_:)``). On printable ASCII those rules reduce to:
/// double-quoted when ``ScalarQuoting/needsQuoting(_:)`` says a reader would take the text
/// for another type, or when libyaml could not write it plain (a space at either end, `---` or
/// `...` at the start, an indicator first, `?`, `:` or `-` first and followed by a space or
/// nothing, `:` followed by a space or the end, `#` after a space); plain otherwise. Such text
/// holds no line break, so as a key it is written the same way, and it is a simple key when
/// it is at most ``BlockWriter/simpleKeyLimit`` bytes long.
enum PrintableASCIIScalarStyle {
    /// The style of the text, or nil when it holds a byte outside printable ASCII.
    static func kind(_ bytes: UnsafeBufferPointer<UInt8>) -> ScalarPresentation.Kind? {
        guard let first = bytes.first, let last = bytes.last else { return .doubleQuoted }
        var refusedInPlain = false
        for index in bytes.indices {
            let byte = bytes[index]
            // Three comparisons keep letters, digits and most punctuation on the short path.
            if byte >= UInt8(ascii: "$") && byte <= UInt8(ascii: "~") && byte != ASCII.colon { continue }
            switch byte {
            case ASCII.colon:
                refusedInPlain = refusedInPlain || index + 1 == bytes.count || bytes[index + 1] == ASCII.space
            case UInt8(ascii: "#"):
                refusedInPlain = refusedInPlain || (index > 0 && bytes[index - 1] == ASCII.space)
            case ASCII.space, UInt8(ascii: "!"), UInt8(ascii: "\""):
                continue
            default:
                return nil
            }
        }
        if ScalarQuoting.needsQuoting(bytes) { return .doubleQuoted }
        if refusedInPlain || first == ASCII.space || last == ASCII.space || startsWithIndicator(bytes) || startsWithDocumentMarker(bytes) {
            return .doubleQuoted
        }
        return .plain
    }

    /// True when the first character is an indicator that cannot start a plain scalar.
    private static func startsWithIndicator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes[0] {
        case UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return true
        case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "-"):
            return bytes.count == 1 || bytes[1] == ASCII.space
        default:
            return false
        }
    }

    /// True for text starting with `---` or `...`.
    private static func startsWithDocumentMarker(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3, bytes[0] == ASCII.minus || bytes[0] == ASCII.dot else { return false }
        return bytes[1] == bytes[0] && bytes[2] == bytes[0]
    }
}
