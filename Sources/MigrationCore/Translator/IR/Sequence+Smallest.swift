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
