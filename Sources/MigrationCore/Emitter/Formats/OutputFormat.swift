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
        switch self {
        case .yaml: try YAMLFormat.render(documents)
        case .json: JSONFormat.render(documents)
        case .kyaml: KYAMLFormat.render(documents)
        }
    }
}

/// Block YAML through libyaml's emitter, kubectl style.
enum YAMLFormat {
    static func render(_ documents: [EncodedDocument]) throws -> String {
        var output = ""
        for (index, document) in documents.enumerated() {
            if index > 0 { output += "---\n" }
            for source in document.sources {
                output += "# Generated from \(source.object) (\(source.location))\n"
            }
            output += try YAMLEmitter.emit(document.value)
        }
        return output
    }
}
