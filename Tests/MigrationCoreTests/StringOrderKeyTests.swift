import Testing

@testable import MigrationCore

/// Sorting by ``StringOrderKey`` gives exactly `String`'s order, and the sorts built on it give
/// what sorting by the strings gives.
@Suite struct StringOrderKeyTests {
    /// Pieces that make long shared beginnings, NUL bytes, precomposed and decomposed accents
    /// (equal as strings, different as bytes), and other non-ASCII text.
    private static let pieces = ["a", "b", "-", "app-12-", "team-3/", "\0", "é", "e\u{301}", "Z", "ß", "0", "2025-12-28T11:00:0"]

    private func sample(_ count: Int, seed: UInt64) -> [String] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 59) % 6
            var text = ""
            for offset in 0..<length {
                text += Self.pieces[Int((state >> (5 * UInt64(offset) + 3)) % UInt64(Self.pieces.count))]
            }
            return text
        }
    }

    private func sign(_ left: String, _ right: String) -> Int { left == right ? 0 : (left < right ? -1 : 1) }

    @Test func keysAgreeWithStringOrder() {
        for seed in UInt64(1)...40 {
            let strings = sample(60, seed: seed)
            let keys = strings.map(StringOrderKey.init)
            for left in strings.indices {
                for right in strings.indices {
                    let expected = sign(strings[left], strings[right])
                    #expect(StringOrderKey.compare(keys[left], keys[right], strings[left], strings[right]) == expected)
                    if let decided = StringOrderKey.compare(keys[left], keys[right]) { #expect(decided == expected) }
                }
            }
        }
    }

    @Test func keysDecideShortAndDifferentASCIIStrings() {
        #expect(StringOrderKey.compare(StringOrderKey("ab"), StringOrderKey("ab\0")) == -1)
        #expect(StringOrderKey.compare(StringOrderKey("team-1/app"), StringOrderKey("team-1/app")) == 0)
        #expect(StringOrderKey.compare(StringOrderKey("team-1/app-10-1"), StringOrderKey("team-1/app-10-2")) == -1)
        #expect(StringOrderKey.compare(StringOrderKey("team-1/app-10-1"), StringOrderKey("team-1/app-10-1")) == 0)
        #expect(StringOrderKey.compare(StringOrderKey("team-10/app-10-1"), StringOrderKey("team-10/app-10-2")) == nil)
        #expect(StringOrderKey.compare(StringOrderKey("team-10/app-10-"), StringOrderKey("team-10/app-10-2")) == nil)
        #expect(MemoryLayout<StringOrderKey>.stride == 16)
        #expect(StringOrderKey.compare(StringOrderKey("é"), StringOrderKey("e")) == nil)
        #expect(StringOrderKey.compare(StringOrderKey("app-12-3-team-12-example"), StringOrderKey("app-12-3-team-12-example-http")) == nil)
    }

    @Test func controllerOrderMatchesTheStringSort() {
        for seed in UInt64(1)...20 {
            let names = sample(80, seed: seed), times = sample(80, seed: seed + 100)
            let ingresses = names.indices.map { index in
                Ingress(
                    meta: ObjectMeta(name: names[index], namespace: names[(index * 7) % names.count], creationTimestamp: index % 5 == 0 ? nil : times[index]),
                    apiVersion: "networking.k8s.io/v1", location: SourceLocation(file: "f", line: index + 1, column: 1))
            }
            let expected = ingresses.indices.sorted { left, right in
                let leftTime = ingresses[left].meta.creationTimestamp ?? "", rightTime = ingresses[right].meta.creationTimestamp ?? ""
                if leftTime != rightTime { return leftTime < rightTime }
                let leftName = ingresses[left].meta.namespace + "/" + ingresses[left].meta.name
                let rightName = ingresses[right].meta.namespace + "/" + ingresses[right].meta.name
                if leftName != rightName { return leftName > rightName }
                return left < right
            }
            #expect(IRBuilder.controllerOrder(ingresses) == expected)
        }
    }

    @Test func outputOrderMatchesAStableSortByNamespaceAndName() {
        for seed in UInt64(1)...20 {
            let names = sample(90, seed: seed), namespaces = sample(90, seed: seed + 50)
            // Every third object repeats an earlier one's namespace and name: those keep their order.
            let grants = names.indices.map { index in
                let source = index % 3 == 2 ? index / 2 : index
                var grant = ReferenceGrant(
                    meta: OutputMeta(name: names[source], namespace: namespaces[source]), fromGroup: "", fromKind: "HTTPRoute",
                    fromNamespace: "a", toGroup: "", toKind: "Service", toName: "b")
                grant.meta.annotations = ["position": String(index)]
                return grant
            }
            var sorted = grants
            sorted.sortInOutputOrder()
            let expected = grants.enumerated().sorted { left, right in
                let order = ObjectEncoder.order(left.element.meta, right.element.meta)
                let reverse = ObjectEncoder.order(right.element.meta, left.element.meta)
                return order || (!reverse && left.offset < right.offset)
            }.map(\.element)
            #expect(sorted.map(\.meta.annotations) == expected.map(\.meta.annotations))
        }
    }

    @Test func serverKeysSortByHost() {
        for seed in UInt64(1)...20 {
            let keys = Array(Set(sample(70, seed: seed))).map { ServerKey(gateway: GatewayKey(className: "nginx"), host: $0) }
            #expect(OutputBuilder.sortedByHost(keys) == keys.sorted())
        }
    }
}
