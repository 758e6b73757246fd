import Foundation
import Testing
import YAMLKit
@testable import MigrationCore

/// Every YAML limit reaches the user as an ``InputError`` naming file, line and column, and the
/// loader's byte budget covers all inputs together.
@Suite struct ParserLimitTests {
    private func inputError(_ yaml: String, limits: ParseLimits) -> InputError? {
        var findings = FindingList()
        do {
            _ = try ManifestParser(limits: limits).parse([SourceFile(path: "in.yaml", bytes: Array(yaml.utf8))], findings: &findings)
            return nil
        } catch {
            return error
        }
    }

    @Test func documentCount() {
        let error = inputError("a: 1\n---\nb: 2\n---\nc: 3\n", limits: ParseLimits(maxDocuments: 2))
        #expect(error?.description == "in.yaml:4:1: error: stream has more than the limit of 2 documents")
    }

    @Test func scalarSize() {
        let error = inputError("kind: Secret\ndata:\n  key: 0123456789\n", limits: ParseLimits(maxScalarBytes: 9))
        #expect(error?.description == "in.yaml:3:8: error: scalar of 10 bytes exceeds the limit of 9 bytes")
    }

    @Test func depth() {
        let error = inputError("a:\n  b: [[1]]\n", limits: ParseLimits(maxDepth: 2))
        #expect(error?.description == "in.yaml:2:6: error: collections are nested deeper than the limit of 2")
    }

    @Test func aliasExpansion() {
        let error = inputError("a: &a [1, 2]\nb: [*a, *a]\n", limits: ParseLimits(maxAliasExpansion: 4))
        #expect(error?.description == "in.yaml:2:9: error: alias expansion exceeds the limit of 4 nodes")
    }

    @Test func inputSize() {
        let error = inputError("a: 1\n", limits: ParseLimits(maxInputBytes: 4))
        #expect(error?.description == "in.yaml: error: input of 5 bytes exceeds the limit of 4 bytes")
    }

    @Test func nulByte() {
        let error = inputError("a: b\0c\n", limits: .default)
        #expect(error?.description == "in.yaml:1:5: error: control characters (such as NUL) are not allowed")
    }

    @Test func loaderBudgetCoversAllFilesTogether() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("i2gw-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a.yaml", "b.yaml"] {
            try Data(repeating: UInt8(ascii: "#"), count: 100).write(to: folder.appendingPathComponent(name))
        }
        #expect(try InputLoader(maxTotalBytes: 200).load([folder.path]).map(\.bytes.count) == [100, 100])
        #expect(throws: InputError.self) { try InputLoader(maxTotalBytes: 199).load([folder.path]) }
        let afterFiles = #expect(throws: InputError.self) {
            try InputLoader(maxTotalBytes: 250).load([folder.path, "-"], standardInput: { Array(repeating: 0x23, count: 51) })
        }
        #expect(afterFiles?.path == "<stdin>")
        #expect(try InputLoader(maxTotalBytes: 250).load(["-"], standardInput: { Array(repeating: 0x23, count: 250) }).count == 1)
    }
}
