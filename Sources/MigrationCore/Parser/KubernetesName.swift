/// The name rules the Kubernetes API server applies to objects: an object whose name breaks
/// them could never have been applied, so it is skipped with a finding rather than carried
/// into generated names, comments and reports.
public enum KubernetesName {
    /// A DNS-1123 subdomain, the rule for `metadata.name` of the kinds read here: at most 253
    /// characters, dot-separated parts of lowercase letters, digits and `-`, each starting and
    /// ending with a letter or digit.
    public static func isSubdomain(_ text: String) -> Bool {
        let bytes = text.utf8
        guard !bytes.isEmpty, bytes.count <= 253 else { return false }
        var partLength = 0
        var previous: UInt8 = UInt8(ascii: ".")
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard partLength > 0, previous != UInt8(ascii: "-") else { return false }
                partLength = 0
            } else if isLowercaseLetterOrDigit(byte) {
                partLength += 1
            } else if byte == UInt8(ascii: "-") {
                guard partLength > 0 else { return false }
                partLength += 1
            } else {
                return false
            }
            previous = byte
        }
        return partLength > 0 && previous != UInt8(ascii: "-")
    }

    /// A DNS-1123 label, the rule for namespaces: a subdomain of one part, at most 63
    /// characters.
    public static func isLabel(_ text: String) -> Bool {
        text.utf8.count <= 63 && !text.utf8.contains(UInt8(ascii: ".")) && isSubdomain(text)
    }

    /// The text in double quotes for a message, with line breaks and other control characters
    /// escaped (a name that breaks the rules may hold any of them) and cut after 100 characters.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index == 100 {
                result += "…"
                break
            }
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default:
                if isControlOrLineBreak(scalar) {
                    result += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A control character, or a line break libyaml knows besides them (NEL, LS, PS).
    static func isControlOrLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    private static func isLowercaseLetterOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
