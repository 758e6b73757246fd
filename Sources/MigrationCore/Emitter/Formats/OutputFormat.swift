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
    public func render(_ documents: [EncodedDocument]) -> String {
        String(decoding: renderBytes(documents), as: UTF8.self)
    }

    /// Renders the documents in this format as UTF-8 bytes.
    public func renderBytes(_ documents: [EncodedDocument]) -> [UInt8] {
        var output: [UInt8] = []
        write(documents, pieceSize: .max) { output.append(contentsOf: $0) }
        return output
    }

    /// Renders the documents in this format and hands the bytes to `sink` in pieces of about
    /// `pieceSize` bytes (whole documents each), so a large output is never held in memory at
    /// once. Rendering cannot fail: once the run has succeeded, the whole output reaches `sink`.
    public func write(_ documents: [EncodedDocument], pieceSize: Int = 1 << 18, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        var output: [UInt8] = []
        output.reserveCapacity(min(pieceSize, 1 << 20) + (1 << 15))
        for (index, document) in documents.enumerated() {
            switch self {
            case .yaml: YAMLFormat.write(document, first: index == 0, into: &output)
            case .json: JSONFormat.write(document, into: &output)
            case .kyaml: KYAMLFormat.write(document, into: &output)
            }
            if output.count >= pieceSize {
                output.withUnsafeBufferPointer(sink)
                output.removeAll(keepingCapacity: true)
            }
        }
        if !output.isEmpty { output.withUnsafeBufferPointer(sink) }
    }
}

/// Block YAML, kubectl style, through ``YAMLEmitter``.
enum YAMLFormat {
    /// One document: `---` unless it is the first, a comment per source, the block YAML.
    static func write(_ document: EncodedDocument, first: Bool, into output: inout [UInt8]) {
        if !first { output += "---\n".utf8 }
        for source in document.sources {
            output += "# Generated from \(source.object) (\(source.location))\n".utf8
        }
        YAMLEmitter.emit(document.value, into: &output)
    }
}
