import Testing

@testable import MigrationCore

/// The ordering helpers used on large clusters give exactly what the plain forms give.
@Suite struct SequenceOrderingTests {
    /// A deterministic pseudo-random list of short strings, with many repeats.
    private func sample(_ count: Int, seed: UInt64) -> [String] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 60) % 4
            return String((0..<length).map { offset in "abc-é".map { $0 }[Int((state >> (8 * UInt64(offset) + 3)) % 5)] })
        }
    }

    @Test func sortedUniqueMatchesSetThenSort() {
        for seed in UInt64(1)...50 {
            let values = sample(Int(seed) * 7, seed: seed)
            #expect(values.sortedUnique() == Array(Set(values)).sorted())
        }
        #expect([String]().sortedUnique().isEmpty)
    }

    @Test func smallestMatchesTheSortedPrefix() {
        for seed in UInt64(1)...50 {
            let values = sample(Int(seed) * 5, seed: seed)
            for count in 0...4 {
                #expect(values.smallest(count) == Array(values.sorted().prefix(count)))
            }
        }
    }

    @Test func sourceReferencesDeduplicateAndSort() {
        let first = SourceRef(object: ObjectRef(kind: "Ingress", namespace: "a", name: "x"), location: SourceLocation(file: "f", line: 3, column: 1))
        let second = SourceRef(object: ObjectRef(kind: "Ingress", namespace: "a", name: "x"), location: SourceLocation(file: "f", line: 1, column: 1))
        let third = SourceRef(object: ObjectRef(kind: "Ingress", namespace: "", name: "z"), location: SourceLocation(file: "g", line: 9, column: 2))
        #expect([first, third, second, first, third].sortedUnique() == [third, second, first])
    }
}
