extension Array {
    /// Reorders the elements in place so that the element at position `order[i]` ends up at
    /// position `i` (`order` is a permutation of the indices). Unlike `order.map { self[$0] }`,
    /// no second array of the elements is made: each cycle of the permutation is followed by
    /// swaps.
    mutating func permute(by order: [Int]) {
        precondition(order.count == count, "the order must name every position once")
        // Along each cycle, swapping a position with the one it takes its element from puts
        // that element in place and carries the cycle's first element on.
        // The swaps go through the buffer: an array's own `swapAt` copies the elements
        // (retaining and releasing what they hold), a buffer's moves their bytes.
        var placed = [Bool](repeating: false, count: count)
        withUnsafeMutableBufferPointer { elements in
            for start in elements.indices where !placed[start] {
                var position = start
                while order[position] != start {
                    placed[position] = true
                    elements.swapAt(position, order[position])
                    position = order[position]
                }
                placed[position] = true
            }
        }
    }
}

extension Array {
    /// Keeps the elements whose positions `isKept` accepts, in order, by moving them up in
    /// place and dropping the rest from the end: no second array, and no element is copied.
    mutating func keepElements(at isKept: (Int) -> Bool) {
        var kept = 0
        withUnsafeMutableBufferPointer { elements in
            for position in elements.indices where isKept(position) {
                elements.swapAt(kept, position)
                kept += 1
            }
        }
        removeLast(count - kept)
    }
}
