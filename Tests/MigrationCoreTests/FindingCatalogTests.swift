import Testing
import MigrationCore
import Providers

@Suite struct FindingCatalogTests {
    @Test func codesAreUniqueAndWellFormed() {
        let codes = FindingCatalog.all
        #expect(Set(codes.map(\.id)).count == codes.count)
        for code in codes {
            #expect(code.id.hasPrefix("I2GW-"), "\(code.id)")
            #expect(code.id == code.id.uppercased(), "\(code.id)")
            #expect(!code.summary.isEmpty && code.summary.hasSuffix("."), "\(code.id)")
        }
    }
}
