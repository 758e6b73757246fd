import Dispatch
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

    /// Renders the documents in this format and hands the bytes to `sink`, in order, in pieces
    /// of whole documents, so a large output is never held in memory at once. Documents are
    /// rendered on every available core, a batch at a time (each worker renders a contiguous
    /// slice into its own buffer); the bytes are the same as a one-by-one rendering. Rendering
    /// cannot fail: once the run has succeeded, the whole output reaches `sink`.
    public func write(
        _ documents: [EncodedDocument], pieceSize: Int = 1 << 18, workers: Int = RenderWorkers.available,
        to sink: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var batches = RenderBatches(count: documents.count, workers: max(1, workers), pieceSize: pieceSize)
        // Each worker's buffer is kept from batch to batch, emptied but not released: a buffer
        // of a new piece would be fresh memory, whose every page the system must clear and map
        // again (at 100k Ingresses, 130,000 page faults for half a gigabyte of output).
        var rendered: [[UInt8]] = []
        while let batch = batches.next() {
            let slices = batch.split(into: batches.workers)
            while rendered.count < slices.count { rendered.append([]) }
            if slices.count == 1 {
                render(documents, slices[0], into: &rendered[0])
            } else {
                rendered.withUnsafeMutableBufferPointer { results in
                    nonisolated(unsafe) let results = results
                    DispatchQueue.concurrentPerform(iterations: slices.count) { worker in
                        render(documents, slices[worker], into: &results[worker])
                    }
                }
            }
            var renderedBytes = 0
            for worker in slices.indices where !rendered[worker].isEmpty {
                rendered[worker].withUnsafeBufferPointer(sink)
                renderedBytes += rendered[worker].count
            }
            batches.record(renderedBytes: renderedBytes, documents: batch.count)
        }
    }

    /// Replaces `output` with the documents at `range`, rendered one after another (keeping
    /// the buffer's memory). Each is recorded on one tape, emptied and reused from document to
    /// document, and written from it (block YAML by one writer, which keeps its memory and what
    /// it learnt about field names).
    private func render(_ documents: [EncodedDocument], _ range: Range<Int>, into output: inout [UInt8]) {
        output.removeAll(keepingCapacity: true)
        var tape = YAMLTape()
        var yamlWriter = YAMLDocumentWriter()
        for index in range {
            let document = documents[index]
            tape.removeAll()
            document.record(into: &tape)
            switch self {
            case .yaml: YAMLFormat.write(tape, of: document, first: index == 0, with: &yamlWriter, into: &output)
            case .json: JSONFormat.write(tape, into: &output)
            case .kyaml: KYAMLFormat.write(tape, into: &output)
            }
        }
    }
}

/// Block YAML, kubectl style, through ``YAMLEmitter``.
enum YAMLFormat {
    /// One document, recorded on `tape`: `---` unless it is the first, a comment per source,
    /// the block YAML.
    static func write(
        _ tape: YAMLTape, of document: EncodedDocument, first: Bool, with writer: inout YAMLDocumentWriter, into output: inout [UInt8]
    ) {
        if !first { output += "---\n".utf8 }
        for source in document.sources {
            output += "# Generated from ".utf8
            let start = output.count
            source.object.appendDescription(to: &output)
            output += " (".utf8
            source.location.appendDescription(to: &output)
            output += ")".utf8
            escapeLineBreaks(in: &output, from: start)
            output.append(UInt8(ascii: "\n"))
        }
        writer.write(tape, into: &output)
    }

    /// A comment ends at a line break, and libyaml also breaks lines at NEL, LS and PS: a file
    /// path may hold any of them (names are checked when read), so the comment written from
    /// `start` on has them, and other control characters, escaped as `\u{…}`.
    static func escapeLineBreaks(in output: inout [UInt8], from start: Int) {
        func isSuspect(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 }
        guard output[start...].contains(where: isSuspect) else { return }
        let text = String(decoding: output[start...], as: UTF8.self)
        output.removeSubrange(start...)
        for scalar in text.unicodeScalars {
            if KubernetesName.isControlOrLineBreak(scalar) {
                output += "\\u{\(String(scalar.value, radix: 16))}".utf8
            } else {
                output += String(scalar).utf8
            }
        }
    }
}
