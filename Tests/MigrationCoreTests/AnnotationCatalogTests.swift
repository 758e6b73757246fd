import Foundation
import Testing
import MigrationCore
import Providers

/// The ingress-nginx catalog is complete, and its docs page is current.
@Suite struct AnnotationCatalogTests {
    @Test func everyKeyOnceWithAReason() {
        let keys = IngressNGINXCatalog.all.map(\.key)
        #expect(Set(keys).count == keys.count)
        #expect(keys.count >= 160)
        for entry in IngressNGINXCatalog.all {
            #expect(!entry.becomes.isEmpty && !entry.note.isEmpty, "\(entry.key)")
        }
        for key in IngressNGINXCatalog.securityControls.union(IngressNGINXCatalog.snippets) {
            #expect(IngressNGINXCatalog.byKey[key] != nil, "\(key)")
        }
    }

    @Test func providerDocIsCurrent() throws {
        let path = TestSupport.fixtures.deletingLastPathComponent().appendingPathComponent("docs/providers/ingress-nginx.md")
        let expected = AnnotationCatalogRenderer.markdown(provider: "ingress-nginx")!
        if ProcessInfo.processInfo.environment["I2GW_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            try expected.write(to: path, atomically: true, encoding: .utf8)
        }
        let current = try String(contentsOf: path, encoding: .utf8)
        #expect(current == expected, "docs/providers/ingress-nginx.md is stale: run `swift run i2gw annotations --provider ingress-nginx > docs/providers/ingress-nginx.md` or I2GW_RECORD=1 swift test")
    }
}
