/// Whether a request's `Origin` matches a location's `cors-allow-origin` entries, as the
/// controller's check decides: the regular expression `(entry|entry|…)$`, case-insensitive and
/// not anchored at the start, each entry's text literal but for a `*`, which stands for one
/// label of letters, digits and `-`.
///
/// So an entry without `*` matches every origin that ends with it, whatever comes before. A
/// plain ASCII origin is checked against those entries by looking its endings up in a set,
/// and against the entries with a `*` by their own, shorter expression: checking thousands of
/// entries per request through one alternation grows with the square of the list over a
/// verification, which sends a request per entry. Other origins go through the whole
/// expression.
final class CORSOriginMatcher: Sendable, Hashable {
    /// The entries it was made from, which decide its equality.
    private let entries: [String]
    /// The entries without `*`, lower-cased.
    private let literal: Set<String>
    /// The expression of the entries with `*`; nil when there are none.
    private let wildcards: String?
    /// The controller's whole expression.
    private let pattern: String
    /// True when every entry without `*` is printable ASCII, so that byte-wise suffixes of a
    /// printable ASCII origin decide as the expression does.
    private let literalIsASCII: Bool

    init(_ entries: [String]) {
        var literal = Set<String>()
        var wildcardAlternatives: [String] = []
        var alternatives: [String] = []
        for entry in entries {
            var alternative = CORSStep.escaped(entry)
            if let star = alternative.range(of: #"\*"#) {
                alternative.replaceSubrange(star, with: "[A-Za-z0-9-]+")
                wildcardAlternatives.append("(\(alternative))")
            } else {
                literal.insert(Self.lowercasedASCII(entry))
            }
            alternatives.append("(\(alternative))")
        }
        self.entries = entries
        self.literal = literal
        literalIsASCII = literal.allSatisfy(Self.isPrintableASCII)
        wildcards = wildcardAlternatives.isEmpty ? nil : "(" + wildcardAlternatives.joined(separator: "|") + ")$"
        pattern = "(" + alternatives.joined(separator: "|") + ")$"
    }

    /// Whether `origin` matches an entry.
    func matches(_ origin: String) -> Bool {
        guard literalIsASCII, Self.isPrintableASCII(origin) else { return Self.search(pattern, in: origin) }
        let lowered = Self.lowercasedASCII(origin)
        var start = lowered.startIndex
        while start < lowered.endIndex {
            if literal.contains(String(lowered[start...])) { return true }
            start = lowered.index(after: start)
        }
        if literal.contains("") { return true }
        guard let wildcards else { return false }
        return Self.search(wildcards, in: origin)
    }

    static func == (lhs: CORSOriginMatcher, rhs: CORSOriginMatcher) -> Bool { lhs.entries == rhs.entries }

    func hash(into hasher: inout Hasher) { hasher.combine(entries) }

    /// Whether the case-insensitive expression `pattern` matches somewhere in `origin`.
    private static func search(_ pattern: String, in origin: String) -> Bool {
        guard let regex = CompiledRegexes.shared.regex(pattern, ignoresCase: true) else { return false }
        return (try? regex.firstMatch(in: origin)) != nil
    }

    private static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// `text` with ASCII letters in lower case (other characters kept).
    private static func lowercasedASCII(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
