/// ingress-nginx's three `cors-allow-origin` checks, written as linear scans; shared by the
/// ingress-nginx provider (which translates the annotation) and the verify engine (which
/// replays the controller), since both must decide any input at once.
///
/// The controller writes them as Go regular expressions, which run in linear time. A
/// backtracking engine takes exponential time on the first one (a repeated group whose parts
/// are all optional): a 60-character value such as `https://aaaa…aaaa.example.com/x` never
/// finishes. Each scan below accepts exactly the strings its pattern accepts
/// (`CORSOriginSyntaxTests` compares them on random strings).
public enum CORSOriginSyntax {
    /// `^((((([a-z]+://)?(\*\.)?[A-Za-z0-9\-.]*(:\d+)?,?)|null)+)|\*)?$`, the check of the whole
    /// value (spaces removed).
    ///
    /// The repeated group can match each of these pieces on its own, and every match of it is a
    /// sequence of them: one character of `[A-Za-z0-9-.]`, a `,`, `*.`, `:` followed by digits,
    /// or lower-case letters followed by `://` (`null` is made of letters). So the value passes
    /// when it is empty, `*`, or can be cut into such pieces.
    public static func isValidValue(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        if bytes.isEmpty || bytes == [UInt8(ascii: "*")] { return true }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isHostCharacter(byte) || byte == UInt8(ascii: ",") {
                index += 1
            } else if byte == UInt8(ascii: "*") {
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ".") else { return false }
                index += 2
            } else if byte == UInt8(ascii: ":") {
                if index + 1 < bytes.count, isDigit(bytes[index + 1]) {
                    index += 2
                } else if index > 0, isLowerLetter(bytes[index - 1]), index + 2 < bytes.count,
                    bytes[index + 1] == UInt8(ascii: "/"), bytes[index + 2] == UInt8(ascii: "/")
                {
                    index += 3
                } else {
                    return false
                }
            } else {
                return false
            }
        }
        return true
    }

    /// `^([a-z]+://(\*\.)?[A-Za-z0-9\-.]*(:\d+)?|\*|null)?$`, the check of one entry.
    public static func isValidEntry(_ text: String) -> Bool {
        if text.isEmpty || text == "*" || text == "null" { return true }
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count, isLowerLetter(bytes[index]) { index += 1 }
        guard index > 0, bytes[index...].starts(with: "://".utf8) else { return false }
        index += 3
        if bytes[index...].starts(with: "*.".utf8) { index += 2 }
        while index < bytes.count, isHostCharacter(bytes[index]) { index += 1 }
        return isEndOrPort(bytes[index...], maxDigits: .max)
    }

    /// `^(\*|https?://((\*\.)?([a-zA-Z0-9\-]+\.)*[a-zA-Z0-9-]+|\*)(:[0-9]{1,5})?)$`, what a
    /// Gateway CORS filter accepts.
    public static func isGatewayOrigin(_ text: String) -> Bool {
        if text == "*" { return true }
        let bytes = Array(text.utf8)
        var index: Int
        if bytes.starts(with: "https://".utf8) {
            index = 8
        } else if bytes.starts(with: "http://".utf8) {
            index = 7
        } else {
            return false
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "*"), !(index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: ".")) {
            return isEndOrPort(bytes[(index + 1)...], maxDigits: 5)
        }
        if bytes[index...].starts(with: "*.".utf8) { index += 2 }
        // Labels of letters, digits and hyphens, separated by single dots.
        var labelLength = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isLabelCharacter(byte) {
                labelLength += 1
            } else if byte == UInt8(ascii: "."), labelLength > 0 {
                labelLength = 0
            } else {
                break
            }
            index += 1
        }
        guard labelLength > 0 else { return false }
        return isEndOrPort(bytes[index...], maxDigits: 5)
    }

    /// Nothing left, or `:` and one to `maxDigits` digits.
    private static func isEndOrPort(_ rest: ArraySlice<UInt8>, maxDigits: Int) -> Bool {
        if rest.isEmpty { return true }
        guard rest.first == UInt8(ascii: ":") else { return false }
        let digits = rest.dropFirst()
        return !digits.isEmpty && digits.count <= maxDigits && digits.allSatisfy(isDigit)
    }

    private static func isHostCharacter(_ byte: UInt8) -> Bool {
        isLabelCharacter(byte) || byte == UInt8(ascii: ".")
    }

    private static func isLabelCharacter(_ byte: UInt8) -> Bool {
        isLowerLetter(byte) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || isDigit(byte) || byte == UInt8(ascii: "-")
    }

    private static func isLowerLetter(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
