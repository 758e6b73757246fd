import Testing
import YAMLKit

@testable import MigrationCore

/// `kind: List` dumps that cannot be cut between their items, or whose pieces disagree with the
/// whole document, are parsed in one piece: the run, or the error with its file:line:column,
/// is the same as without pieces, and the limits hold for the whole document.
@Suite struct ListFallbackTests {
    /// `count` Services as List items, the one at `special` replaced by `item` when given.
    private static func items(_ count: Int = 24, special: Int = 17, _ item: String? = nil) -> String {
        (0..<count).map { index in
            if index == special, let item { return item }
            return "- apiVersion: v1\n  kind: Service\n  metadata:\n    name: svc-\(index)\n    namespace: default\n"
        }.joined()
    }

    private func list(header: String = "apiVersion: v1\nitems:\n", _ items: String, trailer: String = "kind: List\nmetadata:\n  resourceVersion: \"\"\n") -> SourceFile {
        SourceFile(path: "dump.yaml", bytes: Array((header + items + trailer).utf8))
    }

    /// How many runs of items the file is parsed in with three workers (nil: not as a List).
    private func pieceCount(_ file: SourceFile, configure: (inout MigrationPipeline) -> Void = { _ in }) -> Int? {
        PieceRuns.pipeline(pieces: 3, configure: configure).parser.parseListInPieces(file)?.count
    }

    private func oneRunError(_ file: SourceFile, configure: (inout MigrationPipeline) -> Void = { _ in }) -> InputError? {
        if case .failure(let error) = PieceRuns.result(PieceRuns.pipeline(pieces: 1, configure: configure), file) { return error }
        return nil
    }

    @Test(arguments: ["kind: List\n", "? explicit\n: key\nkind: List\n", "&anchor key: value\nkind: List\n", "kind: List # end\n\n", "kind: List\n...\n"])
    func theSimpleLayoutIsCut(_ trailer: String) {
        let file = list(Self.items(), trailer: trailer)
        #expect(pieceCount(file) == 3)
        PieceRuns.expectSame(file)
    }

    @Test(arguments: [
        // Anchors and aliases across pieces: the alias is undefined in its piece.
        ("apiVersion: v1\nitems:\n", items(special: 0, "- &first {apiVersion: v1, kind: Service, metadata: {name: a}}\n") + "- *first\n", "kind: List\n"),
        ("apiVersion: v1\nmetadata: &m {name: a}\nitems:\n", items(special: 20, "- {apiVersion: v1, kind: Service, metadata: *m}\n"), "kind: List\n"),
        ("apiVersion: v1\nitems:\n", items(special: 2, "- {apiVersion: v1, kind: Service, metadata: &m {name: a}}\n"), "kind: List\nmetadata: *m\n"),
        // A directive, a second document, a document end.
        ("%YAML 1.1\n---\napiVersion: v1\nitems:\n", items(), "kind: List\n"),
        ("apiVersion: v1\nitems:\n", items(), "kind: List\n---\napiVersion: v1\nkind: Service\nmetadata: {name: last}\n"),
        ("apiVersion: v1\nitems:\n", items(), "---\nkind: List\n"),
        // kind missing, not a List kind, apiVersion not a scalar.
        ("apiVersion: v1\nitems:\n", items(), "metadata: {}\n"),
        ("apiVersion: v1\nitems:\n", items(), "kind: ServiceSet\n"),
        ("apiVersion: [v1]\nitems:\n", items(), "kind: List\n"),
        // Lines at column 0 after the items that the whole document does not take as keys.
        ("apiVersion: v1\nkind: List\nitems:\n", items(), "|\n  text\n"),
        ("apiVersion: v1\nkind: List\nitems:\n", items(), ">-\n"),
        ("apiVersion: v1\nkind: List\nitems:\n", items(), "\"quoted\"\n"),
        // A flow mapping at the top, and an `items:` line inside a quoted scalar of the header.
        ("{apiVersion: v1, kind: List,\nitems:\n", items(), "}\n"),
        ("apiVersion: v1\nkind: List\nnote: \"starts\nitems:\n", items(), "end: here\"\n"),
        ("apiVersion: v1\nkind: List\nnote: \"starts\nitems:\n", items(), "end: here\"\nitems:\n"),
        // The header's last line is not `items:` alone.
        ("apiVersion: v1\nkind: List\nitems: # comment\u{2028}more\n", items(), ""),
        ("apiVersion: v1\nkind: List\nitems:\r", items(), ""),
        // A line the items cannot hold, or an error in an item or the trailer.
        ("apiVersion: v1\nkind: List\nitems:\n", items(special: 12, "- a: 1\nb: 2\n"), ""),
        ("apiVersion: v1\nkind: List\nitems:\n", items(special: 12, "- {a: [1, 2}\n"), ""),
        ("apiVersion: v1\nkind: List\nitems:\n", items(special: 20, "- a: 1\n  a: 2\n"), ""),
        ("apiVersion: v1\nitems:\n", items(), "kind: List\nkind: List\n"),
        ("apiVersion: v1\nitems:\n", items(), "kind: List\napiVersion: v1\n"),
        ("apiVersion: v1\nitems:\n", items(), "kind: List\nitems:\n- {}\n"),
        ("apiVersion: v1\nitems:\n", items(), "kind: List\nmetadata: [\n"),
        ("apiVersion: v1\nitems:\n", items(special: 23, "- \"unterminated\n"), "kind: List\n"),
    ])
    func layoutsNotCutGiveTheSameRunOrError(_ header: String, _ items: String, _ trailer: String) {
        let file = list(header: header, items, trailer: trailer)
        #expect(pieceCount(file) == nil)
        PieceRuns.expectSame(file, pieces: [2, 3, 8])
    }

    @Test func aDocumentEndAfterALoneCarriageReturnIsNeverTheEndOfAPiece() {
        // libyaml ends a line at a lone `\r`: the `...` after it ends the List early, and the
        // next item starts a second document. Wherever the cut falls, the error is the same.
        for index in 0..<24 {
            let file = list(Self.items(special: index, "- {apiVersion: v1, kind: Service, metadata: {name: x}}\r...\n"))
            #expect(oneRunError(file) != nil)
            PieceRuns.expectSame(file, pieces: [2, 3])
        }
    }

    @Test func duplicateTopLevelKeysNameBothPlaces() throws {
        let file = list(header: "apiVersion: v1\nmetadata: {}\nitems:\n", Self.items(), trailer: "kind: List\nmetadata:\n  name: x\n")
        let error = try #require(oneRunError(file))
        #expect(error.description == "dump.yaml:125:1: error: duplicate mapping key \"metadata\" (first defined at 2:1)")
        PieceRuns.expectSame(file)
    }

    @Test func inputThatIsNotUTF8IsNotCut() {
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in ("apiVersion: v1\nitems:\n" + Self.items() + "kind: List\n").utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let file = SourceFile(path: "dump.yaml", bytes: utf16)
        #expect(pieceCount(file) == nil)
        PieceRuns.expectSame(file)
        var invalid = list(Self.items()).bytes
        invalid[invalid.count / 2] = 0xFF
        PieceRuns.expectSame(SourceFile(path: "dump.yaml", bytes: invalid))
        let loneCarriageReturns = list(Self.items()).bytes.map { $0 == 0x0A ? 0x0D : $0 }
        #expect(pieceCount(SourceFile(path: "dump.yaml", bytes: loneCarriageReturns)) == nil)
    }

    /// An item whose `spec` nests `levels` mappings; in the whole document its deepest mapping
    /// is at depth `levels` + 3 (the List, `items`, the item, `spec`...).
    private func deepItem(_ levels: Int) -> String {
        "- apiVersion: v1\n  kind: Service\n  metadata: {name: deep}\n  spec:\n"
            + (1...levels).map { String(repeating: "  ", count: $0 + 1) + "k\($0):\n" }.joined()
            + String(repeating: "  ", count: levels + 2) + "leaf: 1\n"
    }

    @Test func theDepthLimitCountsTheListAndItsItems() throws {
        let file = list(Self.items(special: 20, deepItem(6)))
        // List, items, item, spec, k1...k6: the deepest collection is at depth 10.
        let atLimit: (inout MigrationPipeline) -> Void = { $0.parser.limits.maxDepth = 10 }
        let overLimit: (inout MigrationPipeline) -> Void = { $0.parser.limits.maxDepth = 9 }
        #expect(oneRunError(file, configure: atLimit) == nil)
        #expect(pieceCount(file, configure: atLimit) == 3)
        PieceRuns.expectSame(file, configure: atLimit)
        let error = try #require(oneRunError(file, configure: overLimit))
        #expect(error.description == "dump.yaml:\(3 + 20 * 5 + 10):17: error: collections are nested deeper than the limit of 9")
        #expect(pieceCount(file, configure: overLimit) == nil)
        PieceRuns.expectSame(file, configure: overLimit)
    }

    @Test func aliasExpansionIsChargedForTheWholeDocument() throws {
        // One alias of a three-node anchor in each of 24 items: 72 nodes in all.
        let aliased = (0..<24).map { "- {apiVersion: v1, kind: Service, metadata: {name: s\($0)}, spec: {a: &a [1, 2], b: *a}}\n" }.joined()
        let file = list(aliased)
        let atLimit: (inout MigrationPipeline) -> Void = { $0.parser.limits.maxAliasExpansion = 72 }
        let overLimit: (inout MigrationPipeline) -> Void = { $0.parser.limits.maxAliasExpansion = 71 }
        #expect(pieceCount(file, configure: atLimit) == 3)
        PieceRuns.expectSame(file, configure: atLimit)
        let error = try #require(oneRunError(file, configure: overLimit))
        #expect(error.description == "dump.yaml:26:82: error: alias expansion exceeds the limit of 71 nodes")
        #expect(pieceCount(file, configure: overLimit) == nil)
        PieceRuns.expectSame(file, configure: overLimit)
    }

    @Test func otherLimitsGiveTheSameError() {
        let file = list(Self.items(special: 20, "- {apiVersion: v1, kind: ConfigMap, metadata: {name: big}, data: {k: \(String(repeating: "x", count: 40))}}\n"))
        PieceRuns.expectSame(file) { $0.parser.limits.maxScalarBytes = 39 }
        PieceRuns.expectSame(file) { $0.parser.limits.maxDocuments = 0 }
        PieceRuns.expectSame(file) { $0.parser.limits.maxInputBytes = file.bytes.count - 1 }
        #expect(oneRunError(file) { $0.parser.limits.maxScalarBytes = 39 }?.location?.line == 3 + 20 * 5)
    }
}
