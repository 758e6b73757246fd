/// Decides whether libyaml's emitter can write a single-line string as a plain scalar in
/// block context. The rules follow what the YAML grammar allows in a plain scalar and how
/// libyaml's emitter judges it:
/// - not empty, no leading or trailing space, no line break;
/// - every character printable in libyaml's sense (a tab, NEL or emoji is not);
/// - no `---` or `...` at the start;
/// - the first character is not an indicator (`# , [ ] { } & * ! | > ' " % @` and backquote),
///   and not `?`, `:` or `-` followed by a blank or the end;
/// - no `:` followed by a blank or the end, no `#` after a blank.
enum PlainScalarRules {
    /// True when the string can be written plain in block context.
    static func allowsBlockPlain(_ text: String) -> Bool {
        guard !text.isEmpty, !text.hasPrefix("---"), !text.hasPrefix("...") else { return false }
        var iterator = text.unicodeScalars.makeIterator()
        var current = iterator.next()
        var previous: Unicode.Scalar?
        while let character = current {
            let next = iterator.next()
            guard isPrintable(character), !isLineBreak(character) else { return false }
            if previous == nil {
                guard character != " ", !isIndicatorAtStart(character, followedBy: next) else { return false }
            } else if character == ":" && isBlankOrEnd(next) {
                return false
            } else if character == "#" && isBlankOrEnd(previous) {
                return false
            }
            if next == nil && character == " " { return false }
            previous = character
            current = next
        }
        return true
    }

    /// True for a non-empty string of ASCII letters, digits, `.`, `_`, `/` and `-` that starts
    /// with a letter, a digit or `/`: the shape of most names, hosts and paths. Such a string holds
    /// no line break and nothing libyaml's emitter objects to in a plain scalar, so only
    /// ``ScalarQuoting/needsQuoting(_:)`` decides whether it is quoted. A fast path: the full
    /// rules give the same answer.
    static func isSafeWord(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, isAlphanumeric(first) || first == UInt8(ascii: "/") else { return false }
            return bytes.allSatisfy { isAlphanumeric($0) || $0 == ASCII.dot || $0 == ASCII.underscore || $0 == ASCII.minus || $0 == UInt8(ascii: "/") }
        } ?? false
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || ASCII.isDecimalDigit(byte)
    }

    /// True when libyaml's emitter accepts the multi-line text as a block scalar: every
    /// character printable (no tab), no space at the end of the text and none just before a
    /// line break.
    static func allowsLiteral(_ text: String) -> Bool {
        var previous: Unicode.Scalar?
        for character in text.unicodeScalars {
            guard isPrintable(character) else { return false }
            if isLineBreak(character) && previous == " " { return false }
            previous = character
        }
        return previous != " "
    }

    /// True for the characters libyaml's emitter treats as printable: LF, printable ASCII,
    /// and U+00A0...U+FFFD outside the surrogates, the byte order mark, U+FFFE and U+FFFF.
    /// libyaml counts NEL and characters beyond U+FFFF (emoji, for instance) as
    /// non-printable, so strings holding them are double-quoted with escapes.
    static func isPrintable(_ character: Unicode.Scalar) -> Bool {
        switch character.value {
        case 0x0A, 0x20...0x7E: return true
        case 0xA0...0xD7FF: return true
        case 0xE000...0xFFFD: return character.value != 0xFEFF
        default: return false
        }
    }

    /// True for the characters YAML treats as line breaks.
    static func isLineBreak(_ character: Unicode.Scalar) -> Bool {
        switch character.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    private static func isIndicatorAtStart(_ character: Unicode.Scalar, followedBy next: Unicode.Scalar?) -> Bool {
        switch character {
        case "#", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`":
            return true
        case "?", ":", "-":
            return isBlankOrEnd(next)
        default:
            return false
        }
    }

    private static func isBlankOrEnd(_ character: Unicode.Scalar?) -> Bool {
        guard let character else { return true }
        return character == " " || character == "\t" || isLineBreak(character)
    }
}
