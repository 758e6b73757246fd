import Foundation
import Testing
import YAMLKit
@testable import MigrationCore

/// The encoders' rarer branches (``EncodingEdgeCases``) must give exactly the bytes kept in
/// `Fixtures/encoding/edge-cases/` in every format. `I2GW_RECORD=1` rewrites those files from
/// the current output; read their diff before committing it.
@Suite struct EncodingEdgeCaseTests {
    static let folder = TestSupport.fixtures.appendingPathComponent("encoding/edge-cases")

    @Test(arguments: OutputFormat.allCases)
    func edgeCasesAreWrittenAsRecorded(_ format: OutputFormat) throws {
        let documents = ObjectEncoder(generator: "i2gw-test").encode(EncodingEdgeCases.objects())
        let written = format.render(documents)
        let file = Self.folder.appendingPathComponent("output.\(format.rawValue)")
        if ProcessInfo.processInfo.environment["I2GW_RECORD"] == "1" {
            try written.write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(written == (try String(contentsOf: file, encoding: .utf8)))
    }

    /// The trees `EncodedDocument.value` gives (what `diff` and `convert` read) are the values
    /// the written YAML holds.
    @Test func valuesAreTheWrittenObjects() throws {
        let documents = ObjectEncoder(generator: "i2gw-test").encode(EncodingEdgeCases.objects())
        let recorded = try String(contentsOf: Self.folder.appendingPathComponent("output.yaml"), encoding: .utf8)
        let parsed = try YAMLParser.parseAll(Array(recorded.utf8)).compactMap(\.root).map { $0.toValue() }
        #expect(parsed == documents.map(\.value))
    }
}
