import Testing
@testable import MigrationCore

/// The API server's name rules, at their edges.
@Suite struct KubernetesNameTests {
    @Test func subdomains() {
        for valid in ["a", "shop", "shop-1", "a.b", "0abc", "x.y-z.0", String(repeating: "a", count: 253)] {
            #expect(KubernetesName.isSubdomain(valid), "\(valid)")
        }
        for invalid in ["", "Shop", "-a", "a-", "a..b", ".a", "a.", "a.-b", "a-.b", "a_b", "a b", "a/b", "te\nst", "café",
            String(repeating: "a", count: 254)]
        {
            #expect(!KubernetesName.isSubdomain(invalid), "\(invalid)")
        }
    }

    @Test func labels() {
        #expect(KubernetesName.isLabel("team-1"))
        #expect(KubernetesName.isLabel(String(repeating: "a", count: 63)))
        #expect(!KubernetesName.isLabel(String(repeating: "a", count: 64)))
        #expect(!KubernetesName.isLabel("web.shop"))
        #expect(!KubernetesName.isLabel(""))
    }

    @Test func quotingEscapesWhatWouldBreakALine() {
        #expect(KubernetesName.quoted("te\n\tst\"\\") == #""te\n\tst\"\\""#)
        #expect(KubernetesName.quoted("a\u{85}b\u{2028}c\u{1}") == #""a\u{85}b\u{2028}c\u{1}""#)
        #expect(KubernetesName.quoted(String(repeating: "x", count: 150)) == "\"" + String(repeating: "x", count: 100) + "…\"")
    }
}
