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
        try renderChunks(documents).flatMap { $0 }
    }

    /// Renders the documents in this format as UTF-8 bytes in pieces of about 1 MiB (whole
    /// documents each), to be written one after the other. The whole output is rendered before
    /// anything is written, without ever copying it into a larger buffer.
    public func renderChunks(_ documents: [EncodedDocument]) throws -> [[UInt8]] {
        let chunkSize = 1 << 20
        var chunks: [[UInt8]] = []
        var output: [UInt8] = []
        output.reserveCapacity(chunkSize + chunkSize / 8)
        for (index, document) in documents.enumerated() {
            switch self {
            case .yaml: try YAMLFormat.write(document, first: index == 0, into: &output)
            case .json: JSONFormat.write(document, into: &output)
            case .kyaml: KYAMLFormat.write(document, into: &output)
            }
            if output.count >= chunkSize {
                chunks.append(output)
                output = []
                output.reserveCapacity(chunkSize + chunkSize / 8)
            }
        }
        if !output.isEmpty { chunks.append(output) }
        return chunks
    }
}

/// Block YAML, kubectl style, through ``YAMLEmitter``.
enum YAMLFormat {
    /// One document: `---` unless it is the first, a comment per source, the block YAML.
    static func write(_ document: EncodedDocument, first: Bool, into output: inout [UInt8]) throws {
        if !first { output += "---\n".utf8 }
        for source in document.sources {
            output += "# Generated from \(source.object) (\(source.location))\n".utf8
        }
        try YAMLEmitter.emit(document.value, into: &output)
    }
}
