import YAMLKit

/// Lays a ``ManifestComparison`` out as text, like `kubectl diff`: per object that differs, a
/// unified diff of its YAML (both sides in their normalized form, written by the project's
/// YAML emitter), whose `---` and `+++` lines name the object (`Kind.group namespace/name`)
/// and, after a tab, where each side lives. An added object is compared with `/dev/null` and
/// shown whole, and so is a removed one.
public struct ManifestDiffText: Sendable {
    /// Colours, or none.
    public var style: TextStyle
    /// Unchanged lines shown around each change.
    public var context: Int

    /// Creates a renderer.
    public init(style: TextStyle = .plain, context: Int = 3) {
        self.style = style
        self.context = context
    }

    /// The unified diff of every object that differs; empty when nothing does.
    public func unified(_ comparison: ManifestComparison) throws -> String {
        var output = ""
        for entry in comparison.differences {
            let diff = try lineDiff(entry)
            output += style.bold("--- " + header(entry.old, entry.identity)) + "\n"
            output += style.bold("+++ " + header(entry.new, entry.identity)) + "\n"
            for hunk in diff.hunks {
                output += style.diffHunk(hunk.header) + "\n"
                for line in hunk.lines {
                    let text = "\(line.change.rawValue)\(line.text)"
                    switch line.change {
                    case .context: output += text + "\n"
                    case .removed: output += style.diffRemoved(text) + "\n"
                    case .added: output += style.diffAdded(text) + "\n"
                    }
                }
            }
        }
        return output
    }

    /// One line per object that differs: what happened, the object, and the lines added and
    /// removed; then the summary.
    public func stat(_ comparison: ManifestComparison) throws -> String {
        let differences = comparison.differences
        let width = differences.map { $0.identity.description.count }.max() ?? 0
        var output = ""
        for entry in differences {
            let diff = try lineDiff(entry)
            let word = entry.change.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
            var counts: [String] = []
            if diff.addedLines > 0 { counts.append(style.diffAdded("+\(diff.addedLines)")) }
            if diff.removedLines > 0 { counts.append(style.diffRemoved("-\(diff.removedLines)")) }
            let name = entry.identity.description.padding(toLength: width, withPad: " ", startingAt: 0)
            output += "\(changeWord(word, entry.change)) \(name)  \(counts.joined(separator: " "))\n"
        }
        return output + Self.summary(comparison) + "\n"
    }

    /// `3 objects differ: 1 changed, 1 added, 1 removed; 12 identical`, or
    /// `no differences: 12 identical objects`.
    public static func summary(_ comparison: ManifestComparison) -> String {
        let identical = comparison.count(.identical)
        let differing = comparison.differences.count
        guard differing > 0 else { return "no differences: \(Plural.count(identical, "identical object", "identical objects"))" }
        let parts = [ManifestComparison.Change.changed, .added, .removed].map { "\(comparison.count($0)) \($0.rawValue)" }
        return "\(Plural.count(differing, "object differs", "objects differ")): \(parts.joined(separator: ", ")); \(identical) identical"
    }

    private func lineDiff(_ entry: ManifestComparison.Entry) throws -> UnifiedDiff {
        let old = entry.old.map { UnifiedDiff.lines(YAMLEmitter.emit($0.value)) } ?? []
        let new = entry.new.map { UnifiedDiff.lines(YAMLEmitter.emit($0.value)) } ?? []
        return UnifiedDiff(old: old, new: new, context: context)
    }

    private func header(_ side: ManifestObject?, _ identity: ObjectIdentity) -> String {
        guard let side else { return "/dev/null" }
        return side.origins.isEmpty ? identity.description : "\(identity)\t\(side.origins.joined(separator: ", "))"
    }

    private func changeWord(_ word: String, _ change: ManifestComparison.Change) -> String {
        switch change {
        case .added: style.diffAdded(word)
        case .removed: style.diffRemoved(word)
        case .changed, .identical: style.diffChanged(word)
        }
    }
}

extension TextStyle {
    /// A removed line of a diff, red.
    public func diffRemoved(_ text: String) -> String { wrap(text, "31") }
    /// An added line of a diff, green.
    public func diffAdded(_ text: String) -> String { wrap(text, "32") }
    /// A hunk header of a diff, cyan.
    public func diffHunk(_ text: String) -> String { wrap(text, "36") }
    /// A changed object in a diff summary, yellow.
    public func diffChanged(_ text: String) -> String { wrap(text, "33") }
}
