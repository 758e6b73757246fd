import YAMLKit

/// The manifest formats `-o` accepts.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Block YAML documents separated by `---`, each preceded by a comment naming its sources.
    case yaml
    /// A stream of pretty-printed JSON objects, one per generated object.
    case json
    /// KYAML: flow-style YAML with every string double-quoted, one `---` document per object.
    case kyaml

    /// Renders the documents in this format.
    public func render(_ documents: [EncodedDocument]) throws -> String {
        String(decoding: try renderBytes(documents), as: UTF8.self)
    }

    /// Renders the documents in this format as UTF-8 bytes, ready to be written.
    public func renderBytes(_ documents: [EncodedDocument]) throws -> [UInt8] {
        var output: [UInt8] = []
        switch self {
        case .yaml: try YAMLFormat.write(documents, into: &output)
        case .json: JSONFormat.write(documents, into: &output)
        case .kyaml: KYAMLFormat.write(documents, into: &output)
        }
        return output
    }
}

/// Block YAML, kubectl style, through ``YAMLEmitter``.
enum YAMLFormat {
    static func write(_ documents: [EncodedDocument], into output: inout [UInt8]) throws {
        for (index, document) in documents.enumerated() {
            if index > 0 { output += "---\n".utf8 }
            for source in document.sources {
                output += "# Generated from \(source.object) (\(source.location))\n".utf8
            }
            try YAMLEmitter.emit(document.value, into: &output)
        }
    }
}
