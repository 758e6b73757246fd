import YAMLKit

/// KYAML, the Kubernetes YAML dialect of `kubectl get -o kyaml`: every document starts with
/// `---`, collections are flow style with one entry per line and trailing commas, strings are
/// always double-quoted, keys are bare unless a YAML reader could take them for something
/// other than a string, and a list of mappings is written `[{ … }, { … }]`.
enum KYAMLFormat {
    static func render(_ documents: [EncodedDocument]) -> String {
        var output = ""
        for document in documents {
            output += "---\n"
            write(document.value, indent: 0, into: &output)
            output += "\n"
        }
        return output
    }

    private static func pad(_ count: Int) -> String { String(repeating: " ", count: count) }

    static func write(_ value: YAMLValue, indent: Int, into output: inout String) {
        switch value {
        case .null, .bool, .int, .float, .string:
            JSONFormat.write(value, indent: indent, into: &output)
        case .mapping(let entries):
            if entries.isEmpty { output += "{}"; return }
            output += "{\n"
            writeEntries(entries, indent: indent + 2, into: &output)
            output += pad(indent) + "}"
        case .sequence(let items):
            if items.isEmpty { output += "[]"; return }
            let mappings = items.compactMap { item -> [YAMLValue.Entry]? in
                if case .mapping(let entries) = item, !entries.isEmpty { return entries }
                return nil
            }
            if mappings.count == items.count {
                output += "[{\n"
                for (index, entries) in mappings.enumerated() {
                    if index > 0 { output += pad(indent) + "}, {\n" }
                    writeEntries(entries, indent: indent + 2, into: &output)
                }
                output += pad(indent) + "}]"
                return
            }
            output += "[\n"
            for item in items {
                output += pad(indent + 2)
                write(item, indent: indent + 2, into: &output)
                output += ",\n"
            }
            output += pad(indent) + "]"
        }
    }

    private static func writeEntries(_ entries: [YAMLValue.Entry], indent: Int, into output: inout String) {
        for entry in entries {
            output += pad(indent) + key(entry.key) + ": "
            write(entry.value, indent: indent, into: &output)
            output += ",\n"
        }
    }

    /// A bare key when it is a plain identifier-like word that reads back as itself.
    static func key(_ text: String) -> String {
        let isSimple = !text.isEmpty && text.unicodeScalars.allSatisfy {
            ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || $0 == "_" || $0 == "-"
                || $0 == "." || $0 == "/"
        }
        let startsWell = text.unicodeScalars.first.map { ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") } ?? false
        if isSimple && startsWell && !ScalarQuoting.needsQuoting(text) { return text }
        return JSONFormat.quoted(text)
    }
}
