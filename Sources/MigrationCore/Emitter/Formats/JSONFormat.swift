import YAMLKit

/// A stream of pretty-printed JSON objects (two-space indent, keys in Kubernetes order), one per
/// generated object, as `ingress2gateway print -o json` writes them.
enum JSONFormat {
    /// One document, recorded on `tape`: the object, then a line break.
    static func write(_ tape: YAMLTape, into output: inout [UInt8]) {
        tape.read { reader in write(reader.next(), &reader, indent: 0, into: &output) }
        output.append(UInt8(ascii: "\n"))
    }

    /// Appends one value as pretty-printed JSON to a string (the JSON reports use this).
    static func write(_ value: YAMLValue, indent: Int, into output: inout String) {
        var bytes: [UInt8] = []
        YAMLTape(value).read { reader in write(reader.next(), &reader, indent: indent, into: &bytes) }
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the value `item` starts (its entries or items are read from `reader`) as
    /// pretty-printed JSON whose nested lines are indented by `indent` plus two spaces a level.
    static func write(_ item: YAMLTape.Item, _ reader: inout YAMLTape.Reader, indent: Int, into output: inout [UInt8]) {
        switch item {
        case .null: output += "null".utf8
        case .bool(let flag): output += (flag ? "true" : "false").utf8
        case .int(let number): output += String(number).utf8
        case .float(let number): output += (number.isFinite ? "\(number)" : "null").utf8
        case .string(let text): appendQuoted(text, to: &output)
        case .mapping(let count):
            if count == 0 { output += "{}".utf8; return }
            output += "{\n".utf8
            for index in 0..<count {
                pad(indent + 2, &output)
                appendQuoted(reader.nextKey(), to: &output)
                output += ": ".utf8
                write(reader.next(), &reader, indent: indent + 2, into: &output)
                output += (index == count - 1 ? "\n" : ",\n").utf8
            }
            pad(indent, &output)
            output.append(UInt8(ascii: "}"))
        case .sequence(let count, _):
            if count == 0 { output += "[]".utf8; return }
            output += "[\n".utf8
            for index in 0..<count {
                pad(indent + 2, &output)
                write(reader.next(), &reader, indent: indent + 2, into: &output)
                output += (index == count - 1 ? "\n" : ",\n").utf8
            }
            pad(indent, &output)
            output.append(UInt8(ascii: "]"))
        }
    }

    static func pad(_ count: Int, _ output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    /// Appends UTF-8 `text` as a JSON string literal: `"`, `\` and control characters escaped,
    /// every other character as it is.
    static func appendQuoted(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text {
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
