extension Array {
    /// Reorders the elements in place so that the element at position `order[i]` ends up at
    /// position `i` (`order` is a permutation of the indices). Unlike `order.map { self[$0] }`,
    /// no second array of the elements is made: each cycle of the permutation is followed
    /// with one element held aside.
    mutating func permute(by order: [Int]) {
        precondition(order.count == count, "the order must name every position once")
        var placed = [Bool](repeating: false, count: count)
        for start in indices where !placed[start] {
            let held = self[start]
            var position = start
            while true {
                placed[position] = true
                let source = order[position]
                if source == start {
                    self[position] = held
                    break
                }
                self[position] = self[source]
                position = source
            }
        }
    }
}
