import YAMLKit

/// KYAML, the Kubernetes YAML dialect of `kubectl get -o kyaml`: every document starts with
/// `---`, collections are flow style with one entry per line and trailing commas, strings are
/// always double-quoted, keys are bare unless a YAML reader could take them for something
/// other than a string, and a list of mappings is written `[{ … }, { … }]`.
enum KYAMLFormat {
    /// One document: `---`, the object, a line break.
    static func write(_ document: EncodedDocument, into output: inout [UInt8]) {
        output += "---\n".utf8
        write(document.value, indent: 0, into: &output)
        output.append(UInt8(ascii: "\n"))
    }

    static func write(_ value: YAMLValue, indent: Int, into output: inout [UInt8]) {
        switch value {
        case .null, .bool, .int, .float, .string:
            JSONFormat.write(value, indent: indent, into: &output)
        case .mapping(let entries):
            if entries.isEmpty { output += "{}".utf8; return }
            output += "{\n".utf8
            writeEntries(entries, indent: indent + 2, into: &output)
            JSONFormat.pad(indent, &output)
            output.append(UInt8(ascii: "}"))
        case .sequence(let items):
            if items.isEmpty { output += "[]".utf8; return }
            let mappings = items.compactMap { item -> [YAMLValue.Entry]? in
                if case .mapping(let entries) = item, !entries.isEmpty { return entries }
                return nil
            }
            if mappings.count == items.count {
                output += "[{\n".utf8
                for (index, entries) in mappings.enumerated() {
                    if index > 0 {
                        JSONFormat.pad(indent, &output)
                        output += "}, {\n".utf8
                    }
                    writeEntries(entries, indent: indent + 2, into: &output)
                }
                JSONFormat.pad(indent, &output)
                output += "}]".utf8
                return
            }
            output += "[\n".utf8
            for item in items {
                JSONFormat.pad(indent + 2, &output)
                write(item, indent: indent + 2, into: &output)
                output += ",\n".utf8
            }
            JSONFormat.pad(indent, &output)
            output.append(UInt8(ascii: "]"))
        }
    }

    private static func writeEntries(_ entries: [YAMLValue.Entry], indent: Int, into output: inout [UInt8]) {
        for entry in entries {
            JSONFormat.pad(indent, &output)
            appendKey(entry.key, to: &output)
            output += ": ".utf8
            write(entry.value, indent: indent, into: &output)
            output += ",\n".utf8
        }
    }

    /// A bare key when it is a plain identifier-like word that reads back as itself.
    static func key(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendKey(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendKey(_ text: String, to output: inout [UInt8]) {
        let isSimple = !text.isEmpty && text.utf8.allSatisfy {
            ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z"))
                || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
                || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/")
        }
        let startsWell = text.utf8.first.map { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) } ?? false
        if isSimple && startsWell && !ScalarQuoting.needsQuoting(text) {
            output += text.utf8
        } else {
            JSONFormat.appendQuoted(text, to: &output)
        }
    }
}
