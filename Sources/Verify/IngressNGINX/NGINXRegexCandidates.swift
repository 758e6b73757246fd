/// The regex-mode locations of a server sorted, once, by what each pattern's matches must
/// begin with, so that a request tries only the patterns that can match it.
///
/// In regex mode nginx writes every location as `~* "^<path>"` and takes the first, in
/// configuration order, that matches the request's path. A pattern that begins with plain
/// text (`/api/v1(/|$)(.*)` begins with `/api/v1`) matches only paths that begin with that
/// text, in any case. So each location is filed under its pattern's *literal beginning*
/// (by its key, lower-cased: ``RegexLiteralBeginning/key(_:ignoringCase:)``), and a request
/// looks up the beginnings of its own path's key: the locations found there,
/// and those whose pattern has no usable literal beginning, are the only ones that can
/// match. They are tried with the real regular expressions, in configuration order, so the
/// first that matches is the one a scan over every location finds.
///
/// A literal beginning is taken only where it is certain (``RegexLiteralBeginning``): patterns
/// without one are always tried.
struct NGINXRegexCandidates: Sendable {
    /// The locations by the key of their pattern's literal beginning (lower-cased), in
    /// configuration order.
    private let byBeginning: LiteralBeginningTable<Int>
    /// The locations whose pattern has no usable literal beginning, in configuration order.
    private let unfiltered: [Int]

    /// Files the location patterns `paths` (in configuration order).
    init(_ paths: [String]) {
        var byBeginning = LiteralBeginningTable<Int>()
        var unfiltered: [Int] = []
        for (index, path) in paths.enumerated() {
            if let beginning = Self.literalBeginning(of: path), !beginning.isEmpty {
                byBeginning.add(index, beginning: beginning)
            } else {
                unfiltered.append(index)
            }
        }
        self.byBeginning = byBeginning
        self.unfiltered = unfiltered
    }

    /// The first location, in configuration order, whose pattern matches `path` at its start
    /// (case-insensitively unless `caseSensitive`), or nil.
    func firstMatch(_ path: String, in locations: [NGINXLocation], caseSensitive: Bool) -> Int? {
        let candidates = self.candidates(for: path)
        return candidates.first { NGINXLocationMatching.matchesRegex(locations[$0].path, path, caseSensitive: caseSensitive) }
    }

    /// The locations that can match `path`, in configuration order.
    func candidates(for path: String) -> [Int] {
        let found = unfiltered + byBeginning.values(beginning: RegexLiteralBeginning.key(path, ignoringCase: true))
        return found.count == unfiltered.count ? found : found.sorted()
    }

    /// The key, lower-cased, of the literal text every match of `^<pattern>` begins with
    /// (``RegexLiteralBeginning``); nil when the pattern's structure is not simple enough to be
    /// sure.
    static func literalBeginning(of pattern: String) -> [UInt8]? {
        RegexLiteralBeginning.withCase(of: pattern).map { RegexLiteralBeginning.key($0.beginning, ignoringCase: true) }
    }
}
