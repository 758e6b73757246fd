extension Array {
    /// Reorders the elements in place so that the element at position `order[i]` ends up at
    /// position `i` (`order` is a permutation of the indices). Unlike `order.map { self[$0] }`,
    /// no second array of the elements is made: each cycle of the permutation is followed by
    /// swaps.
    mutating func permute(by order: [Int]) {
        precondition(order.count == count, "the order must name every position once")
        // Along each cycle, swapping a position with the one it takes its element from puts
        // that element in place and carries the cycle's first element on; swaps move the
        // elements' bytes without copying or releasing them.
        var placed = [Bool](repeating: false, count: count)
        for start in indices where !placed[start] {
            var position = start
            while order[position] != start {
                placed[position] = true
                swapAt(position, order[position])
                position = order[position]
            }
            placed[position] = true
        }
    }
}
