import Testing
import YAMLKit
@testable import MigrationCore

/// JSON and KYAML are other spellings of the same objects: reading them back gives the values
/// the YAML output has.
@Suite struct OutputFormatTests {
    @Test(arguments: [OutputFormat.json, .kyaml, .yaml])
    func formatsReadBackAsTheSameValues(_ format: OutputFormat) throws {
        let run = try TestSupport.run(try TestSupport.fixtureInput("core/tls-redirect-opt-out/input.yaml"))
        let text = format.render(run.documents)
        // A JSON stream is objects one after another; YAML and KYAML use `---` between them.
        let streams = format == .json ? text.components(separatedBy: "\n}\n").dropLast().map { $0 + "\n}\n" } : [text]
        let documents = try streams.flatMap { try YAMLParser.parseAll(Array($0.utf8)).compactMap(\.root) }
        #expect(documents.map { $0.toValue() } == run.documents.map(\.value))
    }

    @Test func kyamlQuotesEveryStringAndAmbiguousKeys() throws {
        let value = YAMLValue.mapping([.init("on", .string("yes")), .init("port", .int(80)), .init("name", .string("80"))])
        let document = EncodedDocument(kind: "X", namespace: "", name: "x", sources: [], value: value)
        #expect(OutputFormat.kyaml.render([document]) == "---\n{\n  \"on\": \"yes\",\n  port: 80,\n  name: \"80\",\n}\n")
    }

    /// A file name may hold line breaks (and NEL, LS and PS, which libyaml also breaks lines
    /// at): the comment naming a source escapes them, so the output still parses.
    @Test func sourceCommentsEscapeLineBreaks() throws {
        let file = "dir/a\nb\u{2028}c\u{85}d\re.yaml"
        let source = SourceRef(object: ObjectRef(kind: "Ingress", namespace: "web", name: "shop"), location: SourceLocation(file: file, line: 3, column: 1))
        let value = YAMLValue.mapping([.init("kind", .string("X"))])
        let documents = [
            EncodedDocument(kind: "X", namespace: "", name: "x", sources: [source], value: value),
            EncodedDocument(kind: "X", namespace: "", name: "y", sources: [source, source], value: value),
        ]
        let text = OutputFormat.yaml.render(documents)
        #expect(text.contains("# Generated from Ingress web/shop (dir/a\\u{a}b\\u{2028}c\\u{85}d\\u{d}e.yaml:3:1)\n"))
        let parsed = try YAMLParser.parseAll(Array(text.utf8)).compactMap(\.root)
        #expect(parsed.map { $0.toValue() } == [value, value])
    }

    @Test func emptyOutputIsEmpty() throws {
        #expect(OutputFormat.yaml.render([]) == "")
        #expect(OutputFormat.json.render([]) == "")
    }

    /// Rendering on several threads, in batches, hands the sink the same bytes in the same
    /// order as rendering one document after another.
    @Test(arguments: [OutputFormat.json, .kyaml, .yaml])
    func batchedRenderingOnSeveralWorkersGivesTheSameBytes(_ format: OutputFormat) throws {
        let run = try TestSupport.run(try TestSupport.fixtureInput("ingress-nginx/canary/input.yaml"))
        let documents = Array(repeating: run.documents, count: 7).flatMap { $0 }
        var serial: [UInt8] = []
        format.write(documents, pieceSize: .max, workers: 1) { serial.append(contentsOf: $0) }
        for (pieceSize, workers) in [(1, 3), (300, 2), (4096, 5), (1 << 18, 16)] {
            var pieces = 0
            var parallel: [UInt8] = []
            format.write(documents, pieceSize: pieceSize, workers: workers) {
                pieces += 1
                parallel.append(contentsOf: $0)
            }
            #expect(parallel == serial)
            #expect(pieces >= (pieceSize == 1 ? documents.count : 1))
        }
    }

    /// The first batch is one document per worker; each later batch is sized from the bytes
    /// per document of the batch before, so large documents at the start never make one large
    /// batch, nor keep the batches of the small ones after them small.
    @Test func batchesAreSizedFromWhatWasRendered() {
        var batches = RenderBatches(count: 10_000, workers: 2, pieceSize: 1 << 18)
        var handedOut: [Int] = []
        var sizes: [Int] = []
        while let batch = batches.next() {
            handedOut += Array(batch)
            sizes.append(batch.count)
            // 100 KiB per document for the first 20 documents, then 1 KiB.
            let bytes = batch.reduce(0) { $0 + ($1 < 20 ? 100 << 10 : 1 << 10) }
            batches.record(renderedBytes: bytes, documents: batch.count)
        }
        #expect(handedOut == Array(0..<10_000))
        #expect(sizes[0] == 2)
        #expect(sizes[1] == 5)  // 512 KiB at 100 KiB per document
        #expect(sizes.max()! <= 512)
        // Once a batch of small documents was measured, the batches hold 512 of them.
        #expect(sizes.suffix(10).dropLast().allSatisfy { $0 == 512 })
    }

    @Test func batchesSplitIntoContiguousSlices() {
        for (count, parts) in [(0, 2), (1, 4), (7, 3), (100, 16)] {
            let slices = (5..<(5 + count)).split(into: parts)
            #expect(slices.allSatisfy { !$0.isEmpty } || count == 0)
            #expect(slices.flatMap { Array($0) } == Array(5..<(5 + count)))
            #expect(slices.count == max(1, min(parts, count)))
        }
    }
}
