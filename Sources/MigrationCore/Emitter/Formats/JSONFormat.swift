import YAMLKit

/// A stream of pretty-printed JSON objects (two-space indent, keys in Kubernetes order), one per
/// generated object, as `ingress2gateway print -o json` writes them.
enum JSONFormat {
    static func render(_ documents: [EncodedDocument]) -> String {
        var output = ""
        for document in documents {
            write(document.value, indent: 0, into: &output)
            output += "\n"
        }
        return output
    }

    static func write(_ value: YAMLValue, indent: Int, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let number): output += String(number)
        case .float(let number): output += number.isFinite ? "\(number)" : "null"
        case .string(let text): output += quoted(text)
        case .mapping(let entries):
            if entries.isEmpty { output += "{}"; return }
            output += "{\n"
            for (index, entry) in entries.enumerated() {
                output += String(repeating: " ", count: indent + 2) + quoted(entry.key) + ": "
                write(entry.value, indent: indent + 2, into: &output)
                output += index == entries.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        case .sequence(let items):
            if items.isEmpty { output += "[]"; return }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                write(item, indent: indent + 2, into: &output)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        }
    }

    /// A JSON string literal: `"`, `\` and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
