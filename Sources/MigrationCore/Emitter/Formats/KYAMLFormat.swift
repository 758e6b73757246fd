import YAMLKit

/// KYAML, the Kubernetes YAML dialect of `kubectl get -o kyaml`: every document starts with
/// `---`, collections are flow style with one entry per line and trailing commas, strings are
/// always double-quoted, keys are bare unless a YAML reader could take them for something
/// other than a string, and a list of mappings is written `[{ … }, { … }]`.
enum KYAMLFormat {
    /// One document, recorded on `tape`: `---`, the object, a line break.
    static func write(_ tape: YAMLTape, into output: inout [UInt8]) {
        output += "---\n".utf8
        tape.read { reader in write(reader.next(), &reader, indent: 0, into: &output) }
        output.append(UInt8(ascii: "\n"))
    }

    private static func write(_ item: YAMLTape.Item, _ reader: inout YAMLTape.Reader, indent: Int, into output: inout [UInt8]) {
        switch item {
        case .null, .bool, .int, .float, .string:
            JSONFormat.write(item, &reader, indent: indent, into: &output)
        case .mapping(let count):
            if count == 0 { output += "{}".utf8; return }
            output += "{\n".utf8
            writeEntries(count, &reader, indent: indent + 2, into: &output)
            JSONFormat.pad(indent, &output)
            output.append(UInt8(ascii: "}"))
        case .sequence(let count, let ofNonEmptyMappings):
            if count == 0 { output += "[]".utf8; return }
            if ofNonEmptyMappings {
                output += "[{\n".utf8
                for index in 0..<count {
                    if index > 0 {
                        JSONFormat.pad(indent, &output)
                        output += "}, {\n".utf8
                    }
                    guard case .mapping(let entries) = reader.next() else { preconditionFailure("an item of a sequence of mappings is a mapping") }
                    writeEntries(entries, &reader, indent: indent + 2, into: &output)
                }
                JSONFormat.pad(indent, &output)
                output += "}]".utf8
                return
            }
            output += "[\n".utf8
            for _ in 0..<count {
                JSONFormat.pad(indent + 2, &output)
                write(reader.next(), &reader, indent: indent + 2, into: &output)
                output += ",\n".utf8
            }
            JSONFormat.pad(indent, &output)
            output.append(UInt8(ascii: "]"))
        }
    }

    /// The `count` entries of a mapping, one per line.
    private static func writeEntries(_ count: Int, _ reader: inout YAMLTape.Reader, indent: Int, into output: inout [UInt8]) {
        for _ in 0..<count {
            JSONFormat.pad(indent, &output)
            appendKey(reader.nextKey(), to: &output)
            output += ": ".utf8
            write(reader.next(), &reader, indent: indent, into: &output)
            output += ",\n".utf8
        }
    }

    /// A bare key when it is a plain identifier-like word (a letter, then letters, digits,
    /// `_`, `-`, `.` and `/`) that reads back as itself; a JSON string otherwise.
    private static func appendKey(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        let isSimple = !text.isEmpty && text.allSatisfy {
            ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z"))
                || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
                || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/")
        }
        let startsWell = text.first.map { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) } ?? false
        if isSimple && startsWell && !ScalarQuoting.needsQuoting(text) {
            output.append(contentsOf: text)
        } else {
            JSONFormat.appendQuoted(text, to: &output)
        }
    }
}
