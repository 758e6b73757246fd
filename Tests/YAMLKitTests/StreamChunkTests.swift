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

/// The word-at-a-time line count agrees with a byte-by-byte count on random text.
@Suite struct LineBreakCountTests {
    /// Counts line breaks one byte at a time, as libyaml reads them.
    private func slowCount(_ bytes: [UInt8]) -> Int {
        var count = 0
        var index = 0
        while index < bytes.count {
            let rest = bytes[index...]
            if rest.starts(with: [0x0D, 0x0A]) || rest.starts(with: [0xC2, 0x85]) {
                count += 1
                index += 2
            } else if rest.starts(with: [0xE2, 0x80, 0xA8]) || rest.starts(with: [0xE2, 0x80, 0xA9]) {
                count += 1
                index += 3
            } else {
                if bytes[index] == 0x0A || bytes[index] == 0x0D { count += 1 }
                index += 1
            }
        }
        return count
    }

    @Test func wordsAndBytesCountAlike() {
        var generator = SeededRandom(state: 7)
        let alphabet: [[UInt8]] = [[0x61], [0x20], [0x0A], [0x0D], [0x0D, 0x0A], [0xC2, 0x85], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9], [0xE2, 0x80, 0xA6], [0xC3, 0xA9], [0x2D]]
        for round in 0..<2_000 {
            let length = Int(generator.next() % 64)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                // Mostly plain letters, so that whole words of ASCII occur.
                let pick = Int(generator.next() % 40)
                bytes += pick < alphabet.count ? alphabet[pick] : [0x61 + UInt8(pick % 26)]
            }
            let counted = bytes.withUnsafeBufferPointer { StreamChunk.lineBreaks(in: $0, 0..<bytes.count) }
            #expect(counted == slowCount(bytes), "round \(round): \(bytes)")
            if bytes.count > 3 {
                let inner = bytes.withUnsafeBufferPointer { StreamChunk.lineBreaks(in: $0, 1..<bytes.count - 1) }
                #expect(inner == slowCount(Array(bytes[1..<bytes.count - 1])), "round \(round), inner range")
            }
        }
    }
}
