import Testing

@testable import YAMLKit

/// Cutting a stream at document markers: pieces parsed on their own give the documents, and
/// (with their line offsets) the positions, of the whole stream.
@Suite struct StreamChunkTests {
    /// Documents of every piece, with marks moved by the piece's line offset.
    private func piecewise(_ bytes: [UInt8], _ chunks: [StreamChunk]) throws -> [(line: Int, column: Int, text: String?)] {
        var result: [(line: Int, column: Int, text: String?)] = []
        for chunk in chunks {
            let parser = try YAMLParser(bytes: bytes, range: chunk.range)
            while let document = try parser.nextDocument() {
                guard let root = document.root else { continue }
                result.append((root.mark.line + chunk.lineOffset, root.mark.column, root["name"]?.scalar?.text))
            }
        }
        return result
    }

    private func whole(_ bytes: [UInt8]) throws -> [(line: Int, column: Int, text: String?)] {
        try YAMLParser.parseAll(bytes).compactMap { $0.root }.map { ($0.mark.line, $0.mark.column, $0["name"]?.scalar?.text) }
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func piecesGiveTheWholeStreamsDocumentsAndLines(_ lineBreak: String) throws {
        var text = "# leading comment\n"
        for index in 0..<40 {
            text += "---\nname: doc-\(index)\nnote: |\n  line one\n  line two\nquoted: \"one\u{2028}  two\"\nother: \"x\u{85}  y\"\n"
        }
        let bytes = Array(text.replacingOccurrences(of: "\n", with: lineBreak).utf8)
        for parts in [2, 3, 7] {
            let chunks = try #require(StreamChunk.split(bytes, parts: parts))
            #expect(chunks.count == parts)
            #expect(chunks.first?.range.lowerBound == 0 && chunks.last?.range.upperBound == bytes.count)
            for (earlier, later) in zip(chunks, chunks.dropFirst()) { #expect(earlier.range.upperBound == later.range.lowerBound) }
            for chunk in chunks.dropFirst() { #expect(Array(bytes[chunk.range.prefix(3)]) == Array("---".utf8)) }
            let pieces = try piecewise(bytes, chunks)
            let expected = try whole(bytes)
            #expect(pieces.map(\.line) == expected.map(\.line))
            #expect(pieces.map(\.column) == expected.map(\.column))
            #expect(pieces.map(\.text) == expected.map(\.text))
            for (index, chunk) in chunks.enumerated() where index + 1 < chunks.count {
                let parser = try YAMLParser(bytes: bytes, range: chunk.range)
                while try parser.nextDocument() != nil {}
                #expect(parser.linesRead == chunks[index + 1].lineOffset - chunk.lineOffset)
            }
        }
    }

    @Test func markersInsideLinesOrIndentedAreNotCuts() throws {
        let text = "a: 1\nb: |\n  ---\n  text\nc: x --- y\n" + String(repeating: "d: 2\n", count: 50) + "---\ne: 3\n"
        let bytes = Array(text.utf8)
        let chunks = try #require(StreamChunk.split(bytes, parts: 2))
        #expect(chunks.map(\.range.lowerBound) == [0, text.utf8.count - "---\ne: 3\n".utf8.count])
        #expect(chunks[1].lineOffset == text.split(separator: "\n").count - 2)
    }

    @Test func streamsThatCannotBeCut() {
        let plain = Array(String(repeating: "---\na: 1\n", count: 20).utf8)
        #expect(StreamChunk.split(plain, parts: 1) == nil)
        #expect(StreamChunk.split(Array("a: 1\nb: 2\n".utf8), parts: 2) == nil)
        #expect(StreamChunk.split(Array("%YAML 1.1\n".utf8) + plain, parts: 2) == nil)
        #expect(StreamChunk.split(plain + Array("%TAG ! tag:x,2024:\n---\na: 1\n".utf8), parts: 2) == nil)
        #expect(StreamChunk.split([0xFF, 0xFE] + plain, parts: 2) == nil)
        #expect(StreamChunk.split([], parts: 2) == nil)
    }
}
