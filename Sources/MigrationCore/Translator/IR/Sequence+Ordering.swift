extension Sequence where Element: Comparable {
    /// The `count` smallest elements, in ascending order, found in one pass: for reports that
    /// name a few examples out of thousands of hosts, where sorting them all would cost more
    /// than the report.
    public func smallest(_ count: Int) -> [Element] {
        var result: [Element] = []
        for element in self {
            let position = result.firstIndex { element < $0 } ?? result.count
            guard position < count else { continue }
            result.insert(element, at: position)
            if result.count > count { result.removeLast() }
        }
        return result
    }
}

extension Sequence where Element: Comparable {
    /// The distinct elements, sorted: the same list as `Array(Set(self)).sorted()` for types
    /// whose order is total and agrees with `==`, without hashing every element (route and
    /// Gateway sources are built this way for every object).
    public func sortedUnique() -> [Element] {
        var sorted = self.sorted()
        var kept = 0
        sorted.withUnsafeMutableBufferPointer { sorted in
            for index in sorted.indices where kept == 0 || sorted[kept - 1] != sorted[index] {
                sorted.swapAt(kept, index)
                kept += 1
            }
        }
        // A new array of the exact size: these lists live as long as the objects they describe.
        return kept == sorted.count ? sorted : Array(sorted.prefix(kept))
    }
}
