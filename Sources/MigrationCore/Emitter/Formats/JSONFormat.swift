import YAMLKit

/// A stream of pretty-printed JSON objects (two-space indent, keys in Kubernetes order), one per
/// generated object, as `ingress2gateway print -o json` writes them.
enum JSONFormat {
    /// One document: the object, then a line break.
    static func write(_ document: EncodedDocument, into output: inout [UInt8]) {
        write(document.value, indent: 0, into: &output)
        output.append(UInt8(ascii: "\n"))
    }

    /// Appends one value as pretty-printed JSON to a string (the JSON reports use this).
    static func write(_ value: YAMLValue, indent: Int, into output: inout String) {
        var bytes: [UInt8] = []
        write(value, indent: indent, into: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    static func write(_ value: YAMLValue, indent: Int, into output: inout [UInt8]) {
        switch value {
        case .null: output += "null".utf8
        case .bool(let flag): output += (flag ? "true" : "false").utf8
        case .int(let number): output += String(number).utf8
        case .float(let number): output += (number.isFinite ? "\(number)" : "null").utf8
        case .string(let text): appendQuoted(text, to: &output)
        case .mapping(let entries):
            if entries.isEmpty { output += "{}".utf8; return }
            output += "{\n".utf8
            for (index, entry) in entries.enumerated() {
                pad(indent + 2, &output)
                appendQuoted(entry.key, to: &output)
                output += ": ".utf8
                write(entry.value, indent: indent + 2, into: &output)
                output += (index == entries.count - 1 ? "\n" : ",\n").utf8
            }
            pad(indent, &output)
            output.append(UInt8(ascii: "}"))
        case .sequence(let items):
            if items.isEmpty { output += "[]".utf8; return }
            output += "[\n".utf8
            for (index, item) in items.enumerated() {
                pad(indent + 2, &output)
                write(item, indent: indent + 2, into: &output)
                output += (index == items.count - 1 ? "\n" : ",\n").utf8
            }
            pad(indent, &output)
            output.append(UInt8(ascii: "]"))
        }
    }

    static func pad(_ count: Int, _ output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    /// A JSON string literal: `"`, `\` and control characters escaped.
    static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendQuoted(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal: `"`, `\` and control characters escaped, every
    /// other character as it is.
    static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += "\\\"".utf8
            case UInt8(ascii: "\\"): output += "\\\\".utf8
            case UInt8(ascii: "\n"): output += "\\n".utf8
            case UInt8(ascii: "\r"): output += "\\r".utf8
            case UInt8(ascii: "\t"): output += "\\t".utf8
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output += "\\u00".utf8
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
