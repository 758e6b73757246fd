import Testing
@testable import MigrationCore

/// The line diff is a shortest edit script (checked against a quadratic LCS on random inputs)
/// that rebuilds the new text; the unified hunks follow GNU diff's numbering.
@Suite struct LineDiffTests {
    /// The length of a longest common subsequence, by dynamic programming.
    static func lcsLength(_ a: [String], _ b: [String]) -> Int {
        var previous = [Int](repeating: 0, count: b.count + 1)
        for i in 0..<a.count {
            var current = [Int](repeating: 0, count: b.count + 1)
            for j in 0..<b.count {
                current[j + 1] = a[i] == b[j] ? previous[j] + 1 : Swift.max(previous[j + 1], current[j])
            }
            previous = current
        }
        return previous[b.count]
    }

    static func check(_ old: [String], _ new: [String]) {
        let edits = LineDiff.edits(from: old, to: new)
        var rebuilt: [String] = [], oldSeen: [Int] = [], newSeen: [Int] = []
        var changes = 0
        for edit in edits {
            switch edit {
            case .equal(let o, let n):
                #expect(old[o] == new[n])
                rebuilt.append(new[n])
                oldSeen.append(o)
                newSeen.append(n)
            case .delete(let o):
                oldSeen.append(o)
                changes += 1
            case .insert(let n):
                rebuilt.append(new[n])
                newSeen.append(n)
                changes += 1
            }
        }
        #expect(rebuilt == new, "old \(old) new \(new)")
        #expect(oldSeen == Array(0..<old.count))
        #expect(newSeen == Array(0..<new.count))
        #expect(changes == old.count + new.count - 2 * lcsLength(old, new), "not minimal: old \(old) new \(new)")
    }

    @Test func randomInputsGiveShortestScripts() {
        var generator = SeededGenerator(state: 7)
        for round in 0..<800 {
            let alphabet = ["a", "b", "c", "d", "e"].prefix(2 + round % 4)
            let size = round < 600 ? 14 : 80
            let old = (0..<Int.random(in: 0...size, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let new = (0..<Int.random(in: 0...size, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            Self.check(old, new)
        }
    }

    @Test func edgeCases() {
        Self.check([], [])
        Self.check([], ["a", "b"])
        Self.check(["a", "b"], [])
        Self.check(["a"], ["a"])
        Self.check(["a", "b", "c"], ["x", "y", "z"])
        Self.check(["p"], ["q", "q", "q", "q", "q"])
        let long = (0..<2000).map { "line \($0)" }
        var edited = long
        edited[1000] = "changed"
        edited.insert("new", at: 10)
        edited.remove(at: 1900)
        Self.check(long, edited)
        #expect(LineDiff.edits(from: long, to: edited).filter { if case .equal = $0 { return false } else { return true } }.count == 4)
    }

    @Test func deletionsComeBeforeInsertionsInAChange() {
        let edits = LineDiff.edits(from: ["a", "x", "y", "b"], to: ["a", "p", "q", "b"])
        #expect(edits == [.equal(old: 0, new: 0), .delete(old: 1), .delete(old: 2), .insert(new: 1), .insert(new: 2), .equal(old: 3, new: 3)])
    }

    @Test func hunksCarryContextAndGNUNumbering() {
        let old = (1...20).map { "line \($0)" }
        var new = old
        new[4] = "line five"
        new.remove(at: 16)
        let diff = UnifiedDiff(old: old, new: new)
        #expect(diff.hunks.map(\.header) == ["@@ -2,7 +2,7 @@", "@@ -14,7 +14,6 @@"])
        #expect(diff.hunks[0].lines.map { "\($0.change.rawValue)\($0.text)" } == [
            " line 2", " line 3", " line 4", "-line 5", "+line five", " line 6", " line 7", " line 8",
        ])
        #expect(diff.addedLines == 1 && diff.removedLines == 2)
    }

    @Test func nearbyChangesShareAHunk() {
        let old = (1...12).map { "\($0)" }
        var new = old
        new[2] = "three"
        new[8] = "nine"
        #expect(UnifiedDiff(old: old, new: new).hunks.map(\.header) == ["@@ -1,12 +1,12 @@"])
        new[8] = "9"
        new[9] = "ten"
        #expect(UnifiedDiff(old: old, new: new).hunks.map(\.header) == ["@@ -1,12 +1,12 @@"], "six lines apart: the contexts touch")
        new[9] = "10"
        new[10] = "eleven"
        #expect(UnifiedDiff(old: old, new: new).hunks.map(\.header) == ["@@ -1,6 +1,6 @@", "@@ -8,5 +8,5 @@"])
    }

    @Test func wholeTextsAddedOrRemoved() {
        #expect(UnifiedDiff(old: [], new: ["a", "b"]).hunks.map(\.header) == ["@@ -0,0 +1,2 @@"])
        #expect(UnifiedDiff(old: ["a"], new: []).hunks.map(\.header) == ["@@ -1 +0,0 @@"])
        #expect(UnifiedDiff(old: ["a"], new: ["a"]).hunks.isEmpty)
        #expect(UnifiedDiff.lines("a\nb\n") == ["a", "b"])
        #expect(UnifiedDiff.lines("") == [])
    }
}
