import Foundation
import MigrationCore
import Providers
import Testing

/// `docs/findings.md` is generated from `FindingCatalog`; this test fails when it is stale and
/// rewrites it under `I2GW_RECORD=1`.
@Suite struct FindingCatalogDocumentTests {
    static let path = TestSupport.fixtures.deletingLastPathComponent().appendingPathComponent("docs/findings.md")

    @Test func documentIsCurrent() throws {
        let expected = FindingCatalogDocument.markdown(groups: FindingCatalog.groups)
        if ProcessInfo.processInfo.environment["I2GW_RECORD"] == "1" {
            try expected.write(to: Self.path, atomically: true, encoding: .utf8)
            return
        }
        let current = try? String(contentsOf: Self.path, encoding: .utf8)
        #expect(current == expected, "docs/findings.md is stale; regenerate it with: \(FindingCatalogDocument.regenerateCommand)")
    }

    @Test func everyCodeIsDocumentedOnce() {
        let document = FindingCatalogDocument.markdown(groups: FindingCatalog.groups)
        for code in FindingCatalog.all {
            #expect(document.components(separatedBy: "| `\(code.id)` |").count == 2, "\(code.id)")
        }
    }

    @Test func everyCodeBelongsToOneGroup() {
        let grouped = FindingCatalog.groups.flatMap(\.codes)
        #expect(grouped.count == Set(grouped).count)
        #expect(grouped.count == FindingCatalog.all.count)
    }
}
