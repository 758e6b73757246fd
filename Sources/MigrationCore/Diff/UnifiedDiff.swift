/// The hunks of a unified diff (`diff -u`, `git diff`): the changed lines of two texts with
/// `context` unchanged lines around them; changes closer than twice the context share a hunk.
public struct UnifiedDiff: Sendable {
    /// One line of a hunk.
    public struct Line: Hashable, Sendable {
        /// How the line changed.
        public enum Change: Character, Sendable {
            /// In both texts (written with a leading space).
            case context = " "
            /// Only in the old text (`-`).
            case removed = "-"
            /// Only in the new text (`+`).
            case added = "+"
        }

        /// How the line changed.
        public var change: Change
        /// The line, without its line break.
        public var text: String
    }

    /// A run of changed lines with their context.
    public struct Hunk: Hashable, Sendable {
        /// The 1-based number of the hunk's first old line (the line before it when it has none).
        public var oldStart: Int
        /// How many old lines the hunk covers.
        public var oldCount: Int
        /// The 1-based number of the hunk's first new line (the line before it when it has none).
        public var newStart: Int
        /// How many new lines the hunk covers.
        public var newCount: Int
        /// The lines in order.
        public var lines: [Line]

        /// `@@ -oldStart,oldCount +newStart,newCount @@`, with a count of 1 left out, as GNU
        /// diff writes it.
        public var header: String {
            func range(_ start: Int, _ count: Int) -> String { count == 1 ? "\(start)" : "\(start),\(count)" }
            return "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@"
        }
    }

    /// The hunks, in order; empty when the texts are the same.
    public var hunks: [Hunk]
    /// Lines added in all.
    public var addedLines: Int { hunks.reduce(0) { $0 + $1.lines.filter { $0.change == .added }.count } }
    /// Lines removed in all.
    public var removedLines: Int { hunks.reduce(0) { $0 + $1.lines.filter { $0.change == .removed }.count } }

    /// The diff from `old` to `new`, each a list of lines without line breaks.
    public init(old: [String], new: [String], context: Int = 3) {
        let edits = LineDiff.edits(from: old, to: new)
        let changed = edits.indices.filter { if case .equal = edits[$0] { return false } else { return true } }
        var groups: [ClosedRange<Int>] = []
        for index in changed {
            if let last = groups.last, index - last.upperBound <= 2 * context + 1 {
                groups[groups.count - 1] = last.lowerBound...index
            } else {
                groups.append(index...index)
            }
        }
        hunks = groups.map { group in
            let lower = Swift.max(0, group.lowerBound - context)
            let upper = Swift.min(edits.count - 1, group.upperBound + context)
            return Self.hunk(edits[lower...upper], before: edits[..<lower], old: old, new: new)
        }
    }

    /// Splits a text into lines; a final line break does not start another line.
    public static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    private static func hunk(_ edits: ArraySlice<LineDiff.Edit>, before: ArraySlice<LineDiff.Edit>, old: [String], new: [String]) -> Hunk {
        var oldBefore = 0, newBefore = 0
        for edit in before {
            switch edit {
            case .equal: oldBefore += 1; newBefore += 1
            case .delete: oldBefore += 1
            case .insert: newBefore += 1
            }
        }
        var lines: [Line] = []
        var oldCount = 0, newCount = 0
        for edit in edits {
            switch edit {
            case .equal(let index, _):
                lines.append(Line(change: .context, text: old[index]))
                oldCount += 1
                newCount += 1
            case .delete(let index):
                lines.append(Line(change: .removed, text: old[index]))
                oldCount += 1
            case .insert(let index):
                lines.append(Line(change: .added, text: new[index]))
                newCount += 1
            }
        }
        return Hunk(
            oldStart: oldCount == 0 ? oldBefore : oldBefore + 1, oldCount: oldCount,
            newStart: newCount == 0 ? newBefore : newBefore + 1, newCount: newCount, lines: lines)
    }
}
