/// Escaping rules of the report formats, in one place so each renderer stays about layout.
enum ReportEscaping {
    /// Text inside an XML element or attribute: `&`, `<`, `>`, `"` and `'` as entities; control
    /// characters XML 1.0 cannot hold become U+FFFD, except tab, line feed and carriage return,
    /// which are written as character references so attributes keep them.
    static func xml(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Text in a Markdown table cell or paragraph: every ASCII punctuation character Markdown
    /// gives a meaning to is backslash-escaped, `<` and `>` become entities (so nothing reads as
    /// HTML), and line breaks become `<br>` (a table cell is one line).
    static func markdown(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "!", "{", "}": result += "\\\(character)"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\n", "\r\n": result += "<br>"
            default: result.append(character)
            }
        }
        return result
    }

    /// Inline code in Markdown: backticks in the text lengthen the fence, as CommonMark allows.
    static func markdownCode(_ text: String) -> String {
        let clean = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|")
        var fence = "`"
        while clean.contains(fence) { fence += "`" }
        let padded = clean.hasPrefix("`") || clean.hasSuffix("`") ? " \(clean) " : clean
        return fence + padded + fence
    }

    /// The message part of a GitHub Actions workflow command (`%`, CR and LF encoded).
    static func githubData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A property value of a GitHub Actions workflow command (also `:` and `,` encoded).
    static func githubProperty(_ text: String) -> String {
        githubData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// A file path as a URI reference: each path segment percent-encoded (RFC 3986 unreserved
    /// characters and `/` are kept), an absolute path as a `file://` URI.
    static func uri(path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            let isUnreserved = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E || byte == 0x2F
            if isUnreserved {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
