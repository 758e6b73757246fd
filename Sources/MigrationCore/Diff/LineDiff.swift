/// A shortest edit script between two lists of lines, by Myers' O(ND) difference algorithm in
/// its linear-space form: find the "middle snake" of an optimal path by searching from both
/// ends at once, then solve the parts before and after it the same way.
///
/// The script is minimal (no shorter list of deletions and insertions turns `old` into `new`).
/// Within each run of changes between two equal lines, deletions come before insertions, as
/// unified diffs show them.
public enum LineDiff {
    /// One step of an edit script. Indices are 0-based positions in the old and new lists.
    public enum Edit: Hashable, Sendable {
        /// `old[old]` and `new[new]` are the same line.
        case equal(old: Int, new: Int)
        /// `old[old]` is removed.
        case delete(old: Int)
        /// `new[new]` is added.
        case insert(new: Int)
    }

    /// The edit script turning `old` into `new`.
    public static func edits(from old: [String], to new: [String]) -> [Edit] {
        var numbering: [String: Int] = [:]
        func number(_ line: String) -> Int {
            if let known = numbering[line] { return known }
            numbering[line] = numbering.count
            return numbering.count - 1
        }
        var search = Search(old: old.map(number), new: new.map(number))
        search.solve(oldRange: 0..<old.count, newRange: 0..<new.count)
        return groupChanges(search.edits)
    }

    /// Puts the deletions of each run of changes before its insertions.
    private static func groupChanges(_ edits: [Edit]) -> [Edit] {
        var result: [Edit] = []
        result.reserveCapacity(edits.count)
        var deletions: [Edit] = [], insertions: [Edit] = []
        func flush() {
            result += deletions + insertions
            deletions = []
            insertions = []
        }
        for edit in edits {
            switch edit {
            case .equal:
                flush()
                result.append(edit)
            case .delete: deletions.append(edit)
            case .insert: insertions.append(edit)
            }
        }
        flush()
        return result
    }

    /// The recursive search over lines already reduced to numbers.
    private struct Search {
        let old: [Int]
        let new: [Int]
        var edits: [Edit] = []

        init(old: [Int], new: [Int]) {
            self.old = old
            self.new = new
            edits.reserveCapacity(old.count + new.count)
        }

        /// Appends the edits for `old[oldRange]` → `new[newRange]`.
        mutating func solve(oldRange: Range<Int>, newRange: Range<Int>) {
            var oldLow = oldRange.lowerBound, newLow = newRange.lowerBound
            var oldHigh = oldRange.upperBound, newHigh = newRange.upperBound
            while oldLow < oldHigh && newLow < newHigh && old[oldLow] == new[newLow] {
                edits.append(.equal(old: oldLow, new: newLow))
                oldLow += 1
                newLow += 1
            }
            var suffix = 0
            while oldLow < oldHigh && newLow < newHigh && old[oldHigh - 1] == new[newHigh - 1] {
                oldHigh -= 1
                newHigh -= 1
                suffix += 1
            }
            if oldLow == oldHigh {
                for index in newLow..<newHigh { edits.append(.insert(new: index)) }
            } else if newLow == newHigh {
                for index in oldLow..<oldHigh { edits.append(.delete(old: index)) }
            } else {
                let snake = middleSnake(oldLow..<oldHigh, newLow..<newHigh)
                solve(oldRange: oldLow..<snake.oldStart, newRange: newLow..<snake.newStart)
                for step in 0..<(snake.oldEnd - snake.oldStart) {
                    edits.append(.equal(old: snake.oldStart + step, new: snake.newStart + step))
                }
                solve(oldRange: snake.oldEnd..<oldHigh, newRange: snake.newEnd..<newHigh)
            }
            for step in 0..<suffix { edits.append(.equal(old: oldHigh + step, new: newHigh + step)) }
        }

        /// A run of equal lines (possibly empty) that some shortest path passes through, with
        /// about half of the path's changes before it and half after.
        struct Snake {
            var oldStart: Int, newStart: Int, oldEnd: Int, newEnd: Int
        }

        /// Searches forward from the start and backward from the end, one change at a time,
        /// until the two searches overlap on a diagonal. `forward[k]` is the furthest old
        /// position reached on diagonal `k` (old − new); `backward[k]` the furthest distance
        /// travelled back from the end on the reversed diagonal `k`. Points that leave the
        /// grid are marked unreachable, since no path returns from them.
        private func middleSnake(_ oldRange: Range<Int>, _ newRange: Range<Int>) -> Snake {
            let n = oldRange.count, m = newRange.count
            let delta = n - m
            let odd = delta % 2 != 0
            let maxChanges = (n + m + 1) / 2
            let offset = maxChanges + 1
            let unreachable = Int.min / 4
            var forward = [Int](repeating: unreachable, count: 2 * offset + 1)
            var backward = forward
            forward[offset + 1] = 0
            backward[offset + 1] = 0
            for d in 0...maxChanges {
                for k in stride(from: -d, through: d, by: 2) {
                    let x = Swift.max(forward[offset + k + 1], forward[offset + k - 1] + 1)
                    let (start, end) = slide(x, k, n, m) { old[oldRange.lowerBound + $0] == new[newRange.lowerBound + $1] }
                    forward[offset + k] = end?.x ?? unreachable
                    guard let end, odd, abs(delta - k) <= d - 1, end.x + backward[offset + delta - k] >= n else { continue }
                    return Snake(
                        oldStart: oldRange.lowerBound + start.x, newStart: newRange.lowerBound + start.y,
                        oldEnd: oldRange.lowerBound + end.x, newEnd: newRange.lowerBound + end.y)
                }
                for k in stride(from: -d, through: d, by: 2) {
                    let x = Swift.max(backward[offset + k + 1], backward[offset + k - 1] + 1)
                    let (start, end) = slide(x, k, n, m) { old[oldRange.upperBound - 1 - $0] == new[newRange.upperBound - 1 - $1] }
                    backward[offset + k] = end?.x ?? unreachable
                    guard let end, !odd, abs(delta - k) <= d, forward[offset + delta - k] + end.x >= n else { continue }
                    return Snake(
                        oldStart: oldRange.upperBound - end.x, newStart: newRange.upperBound - end.y,
                        oldEnd: oldRange.upperBound - start.x, newEnd: newRange.upperBound - start.y)
                }
            }
            preconditionFailure("the forward and backward searches always meet within (n + m + 1) / 2 changes")
        }

        /// From old position `x` on diagonal `k`, follows equal lines as far as they go. Returns
        /// the start and the end of that run, or no end when the start is outside the grid.
        private func slide(
            _ x: Int, _ k: Int, _ n: Int, _ m: Int, _ same: (Int, Int) -> Bool
        ) -> (start: (x: Int, y: Int), end: (x: Int, y: Int)?) {
            let y = x - k
            guard x >= 0, y >= 0, x <= n, y <= m else { return ((x, y), nil) }
            var endX = x, endY = y
            while endX < n && endY < m && same(endX, endY) {
                endX += 1
                endY += 1
            }
            return ((x, y), (endX, endY))
        }
    }
}
