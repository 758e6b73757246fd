import Testing

@testable import YAMLKit

/// Cutting a `kind: List` document between its items: the runs of items, parsed on their own,
/// give the items of the whole document with the same positions, and the skeleton gives its
/// other keys.
@Suite struct ListItemChunkTests {
    /// The whole document's root and its items, described.
    private func whole(_ bytes: [UInt8]) throws -> (root: Node, items: [String]) {
        let documents = try YAMLParser.parseAll(bytes)
        #expect(documents.count == 1)
        let root = try #require(documents.first?.root)
        let items = try #require(root["items"]?.sequence)
        return (root, items.map { describeNode($0) })
    }

    /// The items of every piece, described with their line offsets; nil when a piece does not
    /// parse to one sequence with its expected line count.
    private func piecewise(_ bytes: [UInt8], _ list: ListItemChunks) -> [String]? {
        var items: [String] = []
        for (index, piece) in list.pieces.enumerated() {
            do {
                let parser = try YAMLParser(bytes: bytes, range: piece.range, limits: ListItemChunks.pieceLimits(.default))
                guard let sequence = try parser.nextDocument()?.root?.sequence, try parser.nextDocument() == nil else { return nil }
                if let expected = list.expectedLines(ofPiece: index), parser.linesRead != expected { return nil }
                items += sequence.map { describeNode($0, lineOffset: piece.lineOffset) }
            } catch {
                return nil
            }
        }
        return items
    }

    /// The skeleton's root, checked to be the List mapping.
    private func skeletonRoot(_ list: ListItemChunks) throws -> Node {
        let documents = try YAMLParser.parseAll(list.skeleton)
        #expect(documents.count == 1)
        let root = try #require(documents.first?.root)
        #expect(list.isListMapping(root))
        return root
    }

    /// The pairs of a mapping other than `items`, described.
    private func otherPairs(_ root: Node) -> [String] {
        (root.mapping ?? []).filter { $0.key.scalar?.text != "items" }.map { describeNode($0.key) + ": " + describeNode($0.value) }
    }

    @Test(arguments: ["\n", "\r\n"])
    func piecesGiveTheItemsOfTheWholeDocument(_ lineBreak: String) throws {
        var cuts = 0
        for seed in 0..<150 {
            var generator = ListItemYAML(seed: UInt64(seed))
            let bytes = Array(generator.document(items: 8 + seed % 40, lineBreak: lineBreak).utf8)
            let expected = try whole(bytes)
            for parts in [2, 3, 7] {
                // Nil only when no item starts after the first share of the input.
                guard let list = ListItemChunks.split(bytes, parts: parts) else { continue }
                cuts += 1
                #expect(list.pieces.count <= parts && list.pieces.count > 1)
                #expect(piecewise(bytes, list) == expected.items, "seed \(seed), \(parts) parts")
                #expect(otherPairs(try skeletonRoot(list)) == otherPairs(expected.root), "seed \(seed)")
                #expect(list.itemsLine == expected.root.mapping?.first { $0.key.scalar?.text == "items" }?.key.mark.line)
                for (earlier, later) in zip(list.pieces, list.pieces.dropFirst()) {
                    #expect(earlier.range.upperBound == later.range.lowerBound)
                    #expect(bytes[later.range.lowerBound] == UInt8(ascii: "-"))
                }
            }
        }
        #expect(cuts > 400)
    }

    @Test func itemLookalikesInQuotedScalarsMakeAPieceFail() throws {
        var failed = 0
        var cut = 0
        for seed in 0..<150 {
            var generator = ListItemYAML(seed: UInt64(1000 + seed), itemLookalikes: true)
            let bytes = Array(generator.document(items: 30, lineBreak: "\n").utf8)
            let expected = try whole(bytes)
            for parts in [3, 9] {
                guard let list = ListItemChunks.split(bytes, parts: parts) else { continue }
                // Either a piece fails, or the pieces give exactly the whole document's items.
                if let items = piecewise(bytes, list) {
                    #expect(items == expected.items, "seed \(seed), \(parts) parts")
                    cut += 1
                } else {
                    failed += 1
                }
            }
        }
        #expect(failed > 10 && cut > 10)
    }

    @Test func linesBeforeEachPieceAreCountedAsLibYAMLCounts() throws {
        let text = "apiVersion: v1\r\nitems:\r\n" + (0..<30).map { _ in "- a: \"x\u{2028}y\"\r\n  b: |\r\n    one\r\n\r\n    two\r\n" }.joined()
            + "kind: List\r\n"
        let bytes = Array(text.utf8)
        let list = try #require(ListItemChunks.split(bytes, parts: 4))
        #expect(list.pieces.first?.lineOffset == 2)
        #expect(list.itemsLine == 2)
        #expect(list.trailerLineOffset == 2 + 30 * 6)
        #expect(list.skeleton == Array(("apiVersion: v1\r\nitems:\r\n" + String(repeating: "\n", count: 180) + "kind: List\r\n").utf8))
        #expect(piecewise(bytes, list) == (try whole(bytes)).items)
        // Without a trailer, the last piece runs to the end and nothing follows it.
        let open = try #require(ListItemChunks.split(Array("kind: List\nitems:\n".utf8) + Array(repeating: Array("- x\n".utf8), count: 9).joined(), parts: 3))
        #expect(open.trailerLineOffset == nil && open.expectedLines(ofPiece: open.pieces.count - 1) == nil)
    }

    @Test(arguments: [
        "kind: List\nitems: []\n",
        "kind: List\nitems:\n  - indented\n  - items\n",
        "kind: List\nitems: !!seq\n- tagged\n- sequence\n",
        "kind: List\nitems: &all\n- anchored\n- sequence\n",
        "kind: List\n\"items\":\n- quoted\n- key\n",
        "kind: List\nitems:\nkind2: no items\n- late\n- items\n",
        "kind: List\nitems:\n  text\n- a\n- b\n",
        "%TAG ! tag:example.com,2024:\n---\nkind: List\nitems:\n- a\n- b\n",
        "kind: List\nitems:#not a comment\n- a\n- b\n",
        "kind: List\nitems: # comment\u{2028}next\n- a\n- b\n",
        "kind: List\nitems:\n- only one item\n",
        "kind: List\n",
    ])
    func layoutsThatAreNotCut(_ text: String) {
        let bytes = Array(text.utf8) + Array(String(repeating: "# padding\n", count: 20).utf8)
        #expect(ListItemChunks.split(bytes, parts: 2) == nil)
    }

    @Test func inputsThatAreNotCut() {
        let plain = Array(("items:\n" + String(repeating: "- a\n", count: 20)).utf8)
        #expect(ListItemChunks.split(plain, parts: 2) != nil)
        #expect(ListItemChunks.split(plain, parts: 1) == nil)
        #expect(ListItemChunks.split([], parts: 2) == nil)
        #expect(ListItemChunks.split([0xFE, 0xFF] + plain, parts: 2) == nil)
        #expect(ListItemChunks.split(plain.map { $0 == 0x0A ? 0x0D : $0 }, parts: 2) == nil)
    }

    @Test(arguments: [
        // A flow mapping at the top: libyaml rejects the `-` there, the skeleton alone does not.
        "{kind: List,\nitems:\n- a\n- b\n- c\n}\n",
        // A block scalar after the items: the whole document rejects it, the skeleton takes it
        // for the value of `items`.
        "kind: List\nitems:\n- a\n- b\n- c\n|\n  text\n",
        // The `items:` line inside a quoted scalar, and an `items` key after the items.
        "kind: List\nnote: \"x\nitems:\n- a\n- b\n- c\ny\"\nitems:\n",
    ])
    func skeletonsThatAreNotTheListMapping(_ text: String) throws {
        let list = try #require(ListItemChunks.split(Array(text.utf8), parts: 2))
        let root = try #require(try YAMLParser.parseAll(list.skeleton).first?.root)
        #expect(!list.isListMapping(root))
    }

    @Test func theParserCountsWhatPiecesAreCheckedFor() throws {
        let parser = try YAMLParser(bytes: Array("a: &x [1, 2]\nb: *x\n...\n---\nc: *y\n".utf8))
        _ = try parser.nextDocument()
        #expect(parser.aliasNodesExpanded == 3 && parser.explicitDocumentEnds == 1)
        #expect(throws: YAMLError.self) { try parser.nextDocument() }
        let implicit = try YAMLParser(bytes: Array("a: &x [1, 2]\nb: [*x, *x]\n---\nc: &y {d: 1}\ne: *y\n".utf8))
        while try implicit.nextDocument() != nil {}
        #expect(implicit.aliasNodesExpanded == 9 && implicit.explicitDocumentEnds == 0)
    }

    @Test func piecesAreParsedOneLevelLessDeep() {
        #expect(ListItemChunks.pieceLimits(ParseLimits(maxDepth: 5)).maxDepth == 4)
        #expect(ListItemChunks.pieceLimits(ParseLimits(maxDepth: 0)).maxDepth == 0)
        #expect(ListItemChunks.pieceLimits(ParseLimits(maxAliasExpansion: 7)).maxAliasExpansion == 7)
    }
}
