import Testing

@testable import MigrationCore

/// `OrderedTable` against a model (a key list in the table's documented order and a
/// `Dictionary`), over random additions, in-place changes, removals and lookups.
@Suite struct OrderedTableTests {
    /// A key whose hash is chosen by the test, so that many keys share a probe run.
    struct CollidingKey: Hashable {
        var id: Int
        var bucket: Int

        func hash(into hasher: inout Hasher) { hasher.combine(bucket) }
        static func == (lhs: CollidingKey, rhs: CollidingKey) -> Bool { lhs.id == rhs.id }
    }

    @Test(arguments: [1, 4, 64, 1_000])
    func randomOperationsMatchTheModel(buckets: Int) {
        var random = SeededGenerator(state: UInt64(buckets))
        var table = OrderedTable<CollidingKey, [Int]>()
        var order: [CollidingKey] = []
        var model: [CollidingKey: [Int]] = [:]
        for step in 0..<6_000 {
            let id = Int.random(in: 0..<300, using: &random)
            let key = CollidingKey(id: id, bucket: id % buckets)
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<4:
                // Add, or change in place when present.
                if table[key] == nil {
                    table[key] = [step]
                    order.append(key)
                    model[key] = [step]
                } else {
                    table[key]!.append(step)
                    model[key]!.append(step)
                }
            case 4..<6:
                let removed = Int.random(in: 0..<2, using: &random) == 0 ? table.removeValue(forKey: key) : remove(key, from: &table)
                #expect(removed == model.removeValue(forKey: key))
                if let position = order.firstIndex(of: key) {
                    order.swapAt(position, order.count - 1)
                    order.removeLast()
                }
            case 6:
                table.reserveCapacity(Int.random(in: 0..<600, using: &random))
            default:
                #expect(table[key] == model[key])
                #expect(table.index(forKey: key) == order.firstIndex(of: key))
            }
        }
        #expect(table.keys == order)
        #expect(table.count == model.count)
        for position in table.indices {
            #expect(table.values[position] == model[table.keys[position]])
        }
    }

    /// Removal by assigning nil through the subscript; returns the value the table held.
    private func remove(_ key: CollidingKey, from table: inout OrderedTable<CollidingKey, [Int]>) -> [Int]? {
        let value = table[key]
        table[key] = nil
        return value
    }

    @Test func keepsTheOrderOfInsertionAndChangesValuesInPlace() {
        var table: OrderedTable<String, Int> = [:]
        for name in ["c", "a", "d", "b"] { table[name] = name.utf8.first.map(Int.init) }
        table.updateEachValue { key, value in value += key == "a" ? 100 : 0 }
        table.values[0] = 1
        #expect(table.keys == ["c", "a", "d", "b"])
        #expect(Array(table.values) == [1, 197, 100, 98])
        #expect(table.removeValue(forKey: "c") == 1)
        #expect(table.keys == ["b", "a", "d"])
        #expect(table["c"] == nil && table["d"] == 100)
    }
}
