import Testing
@testable import MigrationCore

@Suite struct ObjectNamingTests {
    @Test func hostsBecomeSubdomains() {
        #expect(ObjectNaming.hostSlug("Shop.Example.com") == "shop.example.com")
        #expect(ObjectNaming.hostSlug("*.example.com") == "wildcard.example.com")
        #expect(ObjectNaming.hostSlug("") == "catch-all")
        #expect(ObjectNaming.sanitize("a_b.-c-.d") == "a-b.c.d")
    }

    @Test func longNamesAreCutWithAHash() {
        let long = String(repeating: "a", count: 300)
        let fitted = ObjectNaming.fit(long)
        #expect(fitted.count == 253)
        #expect(fitted != ObjectNaming.fit(String(repeating: "a", count: 301)))
        #expect(ObjectNaming.fit("short") == "short")
    }

    @Test func collidingKeysAllGetHashesWhateverTheOrder() {
        let keys = ["*.example.com", "wildcard.example.com", "a-b.com", "a.b.com"]
        let forward = ObjectNaming.allocate(keys, desired: ObjectNaming.hostSlug, keyText: { $0 })
        let backward = ObjectNaming.allocate(keys.reversed(), desired: ObjectNaming.hostSlug, keyText: { $0 })
        #expect(forward == backward)
        #expect(Set(forward.values).count == keys.count)
        #expect(forward["a-b.com"] == "a-b.com")
        #expect(forward["a.b.com"] == "a.b.com")
        #expect(forward["*.example.com"]!.hasPrefix("wildcard.example.com-"))
        #expect(forward["wildcard.example.com"]!.hasPrefix("wildcard.example.com-"))
    }

    @Test func stableHashIsFixed() {
        #expect(StableHash.hex("example.com") == StableHash.hex("example.com"))
        #expect(StableHash.hex("") == "cbf29ce4")
    }
}
