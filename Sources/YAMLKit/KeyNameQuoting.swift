/// Renders mapping key names for error messages: double-quoted, with control characters
/// escaped and very long names shortened.
enum KeyNameQuoting {
    /// The longest key name shown in full, in characters.
    static let maximumShownLength = 80

    /// The key name in double quotes, escaped and shortened for display.
    static func quoted(_ name: String) -> String {
        var shown = ""
        var count = 0
        for scalar in name.unicodeScalars {
            if count == maximumShownLength {
                shown += "…"
                break
            }
            shown += escaped(scalar)
            count += 1
        }
        return "\"\(shown)\""
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\t": return "\\t"
        case "\r": return "\\r"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                return "\\u{" + String(scalar.value, radix: 16) + "}"
            }
            return String(scalar)
        }
    }
}
