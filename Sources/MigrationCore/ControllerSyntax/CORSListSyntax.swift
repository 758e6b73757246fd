/// ingress-nginx's checks of `cors-allow-methods`, `cors-allow-headers` and
/// `cors-expose-headers`, written as linear scans (a backtracking engine takes exponential time
/// on the repeated groups of the first and last, as it does on ``CORSOriginSyntax``'s).
public enum CORSListSyntax {
    /// `^([A-Za-z]+,?\s?)+$`: words of letters, each followed by at most one `,` and then at
    /// most one whitespace character.
    public static func isValidMethods(_ text: String) -> Bool {
        isSeparatedWords(text) { isLetter($0) }
    }

    /// `^[A-Za-z0-9-_, ]*$`.
    public static func isValidHeaders(_ text: String) -> Bool {
        text.utf8.allSatisfy { isWordCharacter($0) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: " ") }
    }

    /// `^(([A-Za-z0-9\-\_]+|\*),?\s?)+$`: names (or `*`), each followed by at most one `,` and
    /// then at most one whitespace character.
    public static func isValidExposedHeaders(_ text: String) -> Bool {
        isSeparatedWords(text) { isWordCharacter($0) || $0 == UInt8(ascii: "*") }
    }

    /// One or more runs of word characters; after a run, an optional `,` and then an optional
    /// whitespace character (Go's `\s`: tab, line feed, form feed, carriage return, space).
    private static func isSeparatedWords(_ text: String, isWord: (UInt8) -> Bool) -> Bool {
        enum State { case start, word, comma, space }
        var state = State.start
        for byte in text.utf8 {
            if isWord(byte) {
                state = .word
            } else if byte == UInt8(ascii: ","), state == .word {
                state = .comma
            } else if isSpace(byte), state == .word || state == .comma {
                state = .space
            } else {
                return false
            }
        }
        return state != .start
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    private static func isWordCharacter(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20
    }
}
