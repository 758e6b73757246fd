import Foundation
import Testing

@testable import MigrationCore
import Providers

/// Parsing a file in pieces on several cores gives exactly what parsing it in one piece gives:
/// the same objects, findings and positions, and the same error for bad input.
@Suite struct ParallelParsingTests {
    /// Every fixture input (error fixtures included), alone and all in one stream.
    @Test func piecesGiveTheSameRunAsOnePiece() throws {
        let inputs = try FileManager.default.subpathsOfDirectory(atPath: TestSupport.fixtures.path)
            .filter { $0.hasSuffix("input.yaml") }.sorted()
        #expect(inputs.count > 20)
        let files = try inputs.map { SourceFile(path: $0, bytes: Array(try Data(contentsOf: TestSupport.fixtures.appendingPathComponent($0)))) }
        for file in files { PieceRuns.expectSame(file) }
        let parsing = files.filter { file in
            if case .success = PieceRuns.result(PieceRuns.pipeline(pieces: 1), file) { return true } else { return false }
        }
        let stream: [UInt8] = parsing.flatMap { file -> [UInt8] in Array("---\n".utf8) + file.bytes + [0x0A] }
        #expect(parsing.count > 20)
        let all = SourceFile(path: "all.yaml", bytes: stream)
        // The stream really is parsed in pieces (not in one piece after a disagreement).
        #expect(PieceRuns.pipeline(pieces: 3).parser.parseInPieces(all)?.count == 3)
        PieceRuns.expectSame(all)
    }

    @Test(arguments: [
        // A syntax error in a later piece, and one in both.
        "---\na: 1\n---\nb: [\n",
        "---\na: [\n---\nb: [\n",
        // A quoted scalar that a document marker interrupts (libyaml rejects the marker).
        "---\na: \"one\n---\nb: two\"\n",
        // A duplicate key after the cut.
        "---\na: 1\n---\nb: 1\nb: 2\n",
    ])
    func badInputFailsWithTheSameError(_ tail: String) {
        let head = String(repeating: "---\napiVersion: v1\nkind: Service\nmetadata: {name: s, namespace: default}\n", count: 30)
        let file = SourceFile(path: "bad.yaml", bytes: Array((head + tail).utf8))
        #expect(throws: InputError.self) { try PieceRuns.pipeline(pieces: 1).run([file]) }
        PieceRuns.expectSame(file, pieces: [2, 5])
    }

    @Test func theDocumentLimitCountsEveryPiece() {
        let file = SourceFile(path: "many.yaml", bytes: Array(String(repeating: "---\na: 1\n", count: 40).utf8))
        let error = #expect(throws: InputError.self) {
            var limited = PieceRuns.pipeline(pieces: 1)
            limited.parser.limits.maxDocuments = 39
            return try limited.run([file])
        }
        #expect(error?.message.contains("39") == true)
        PieceRuns.expectSame(file, pieces: [2, 4]) { $0.parser.limits.maxDocuments = 39 }
    }
}
