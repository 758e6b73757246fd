import Testing
import YAMLKit

@testable import MigrationCore

/// A `kind: List` dump parsed between its items on several cores gives exactly what parsing it
/// in one piece gives: the same objects in the same order, the same findings at the same
/// file:line:column, and the same error for bad input.
@Suite struct ParallelListParsingTests {
    private func file(_ text: String, _ path: String = "dump.yaml") -> SourceFile {
        SourceFile(path: path, bytes: Array(text.utf8))
    }

    /// How many pieces the file is parsed in with `pieces` workers (nil: in one piece).
    private func pieceCount(_ file: SourceFile, pieces: Int = 3, configure: (inout MigrationPipeline) -> Void = { _ in }) -> Int? {
        PieceRuns.pipeline(pieces: pieces, configure: configure).parser.parseInPieces(file)?.count
    }

    @Test(arguments: ["\n", "\r\n"])
    func randomDumpsGiveTheSameRunInPieces(_ lineBreak: String) {
        var takenInPieces = 0
        for seed in 0..<12 {
            var dumps = ListDumps(random: SeededGenerator(state: UInt64(seed)))
            let dump = file(dumps.list(count: 20 + seed * 5, lineBreak: lineBreak), "dump-\(seed).yaml")
            // Every dump of this generator is cut where the parser agrees: parsed in pieces.
            #expect(pieceCount(dump) == 3, "seed \(seed)")
            if pieceCount(dump) != nil { takenInPieces += 1 }
            PieceRuns.expectSame(dump)
            // Many small runs (a few items each), taken in turns by the workers.
            PieceRuns.expectSame(dump, pieces: [2, 5]) { $0.parser.listPieceBytes = 400 }
            #expect((pieceCount(dump) { $0.parser.listPieceBytes = 400 } ?? 0) > 5, "seed \(seed)")
        }
        #expect(takenInPieces == 12)
    }

    @Test func quotedLinesThatLookLikeItemsAreNeverCutsThatChangeTheRun() {
        var cutInside = 0
        for seed in 0..<16 {
            var dumps = ListDumps(random: SeededGenerator(state: UInt64(100 + seed)), quotedItemLookalikes: true)
            let dump = file(dumps.list(count: 30), "quoted-\(seed).yaml")
            PieceRuns.expectSame(dump, pieces: [2, 3, 8])
            PieceRuns.expectSame(dump, pieces: [2]) { $0.parser.listPieceBytes = 300 }
            if pieceCount(dump, pieces: 2, configure: { $0.parser.listPieceBytes = 300 }) == nil { cutInside += 1 }
        }
        // Some cuts did fall inside a quoted scalar, and the file was then read in one piece.
        #expect(cutInside > 0)
    }

    @Test func theItemsArePiecesOfTheOnePieceSequence() throws {
        var dumps = ListDumps(random: SeededGenerator(state: 5))
        let dump = file(dumps.list(count: 60))
        let parser = PieceRuns.pipeline(pieces: 4).parser
        var findings = FindingList()
        let whole = try PieceRuns.pipeline(pieces: 1).parser.parse([dump], findings: &findings)
        let pieces = try #require(parser.parseInPieces(dump))
        #expect(pieces.count == 4)
        let merged = pieces.reduce(into: ParsedManifests()) { $0.append($1.manifests) }
        // Every decoded field, locations included.
        #expect(merged.ingresses.map { "\($0)" } == whole.ingresses.map { "\($0)" })
        #expect(merged.services.map { "\($0)" } == whole.services.map { "\($0)" })
        #expect(merged.configMaps.map(describe) == whole.configMaps.map(describe))
        #expect(merged.ignoredKinds == whole.ignoredKinds)
        #expect(!whole.ingresses.isEmpty && !whole.configMaps.isEmpty)
        #expect(pieces.flatMap(\.findings.all) == findings.all)
        #expect(!findings.all.isEmpty)
    }

    private func describe(_ configMap: ConfigMap) -> String {
        "\(configMap.namespace)/\(configMap.name) \(configMap.location) "
            + configMap.data.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
    }

    @Test(arguments: [
        // Not a List, or items that are not a column-0 sequence: parsed in one piece.
        "apiVersion: v1\nkind: Foo\nitems:\n",
        "apiVersion: v1\nkind: List\nitems: []\n",
        "apiVersion: v1\nkind: List\nitems: 5\n",
        "apiVersion: v1\nkind: List\nitems:\nmetadata: {}\n",
        "apiVersion: v1\nkind: List\n",
        "kind: List\nitems:\n",
        "apiVersion: v1\nkind: List\nitems: !!seq\n",
        "apiVersion: v1\nkind: List\nitems:\n  ",
    ])
    func listsThatAreNotCutGiveTheSameRun(_ head: String) {
        let items = String(repeating: "- {apiVersion: v1, kind: Service, metadata: {name: s, namespace: default}}\n", count: 20)
        for text in [head, head + items, head.replacingOccurrences(of: "items:\n  ", with: "items:\n") + items.replacingOccurrences(of: "- ", with: "  - ")] {
            let dump = file(text)
            #expect(pieceCount(dump) == nil, "\(text.prefix(60))")
            PieceRuns.expectSame(dump, pieces: [2, 3])
        }
    }

    @Test func otherListKindsAreCut() {
        let items = String(repeating: "- {apiVersion: v1, kind: Service, metadata: {name: s, namespace: default}}\n", count: 20)
        let dump = file("apiVersion: v1\nitems:\n" + items + "kind: ServiceList\nmetadata:\n  resourceVersion: \"\"\n")
        #expect(pieceCount(dump) == 3)
        PieceRuns.expectSame(dump)
    }
}
