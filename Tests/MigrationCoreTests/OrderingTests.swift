import Testing
@testable import MigrationCore

/// The orderings large runs depend on: predictions reordered in place, findings sorted and
/// deduplicated without a set of every finding.
@Suite struct OrderingTests {
    @Test func permutingInPlaceMatchesMappingThroughTheOrder() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 7, 64, 500] {
            for _ in 0..<20 {
                let values = (0..<count).map { "value-\($0)-" + String(repeating: "x", count: $0 % 30) }
                let order = Array(0..<count).shuffled(using: &generator)
                var permuted = values
                permuted.permute(by: order)
                #expect(permuted == order.map { values[$0] })
            }
        }
    }

    @Test func keepingElementsMatchesAFilterOfPositions() {
        var generator = SeededGenerator(state: 11)
        for count in [0, 1, 2, 9, 100] {
            for _ in 0..<20 {
                let values = (0..<count).map { "value-\($0)-" + String(repeating: "y", count: $0 % 30) }
                let kept = Set((0..<count).filter { _ in Bool.random(using: &generator) })
                var compacted = values
                compacted.keepElements { kept.contains($0) }
                #expect(compacted == values.indices.filter(kept.contains).map { values[$0] })
            }
        }
    }

    @Test func sortedFindingsDropEveryDuplicateAndKeepTheOrder() {
        let locations = (1...4).map { SourceLocation(file: "in.yaml", line: $0, column: 1) }
        var pool: [Finding] = []
        for location in locations + [nil] {
            for message in ["a", "b"] {
                pool.append(Finding(.invalidHost, at: location, message: message))
                pool.append(Finding(.invalidHost, object: ObjectRef(kind: "Ingress", namespace: "n", name: message), at: location, message: message))
                pool.append(Finding(.invalidPath, at: location, message: message, hint: "h"))
            }
        }
        var list = FindingList()
        for _ in 0..<3 { list.add(contentsOf: pool.shuffled()) }
        let sorted = list.sorted
        #expect(sorted.count == Set(pool).count)
        #expect(Set(sorted) == Set(pool))
        #expect(zip(sorted, sorted.dropFirst()).allSatisfy { !Finding.ordered($1, $0) })
        // Sorting in place, giving the list up, gives the same findings in the same order.
        #expect(list.takeSorted() == sorted)
        #expect(list.all.isEmpty)
    }
}
