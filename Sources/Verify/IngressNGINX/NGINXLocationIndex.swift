import MigrationCore

/// A server's locations arranged, once, for nginx's location choice (the rules are
/// ``NGINXLocationMatching``'s), so that a request looks only at the locations that can take
/// it instead of at every location of the server:
///
/// - exact locations (`location = /p`) by path: nginx serves a request whose path is exactly
///   one of them from it (the first written, when several share the path);
/// - prefix locations by path: nginx's automatic 301 applies when a prefix location is the
///   request's path plus `/`; otherwise nginx takes the longest prefix location that starts
///   the path. Only a location whose path is one of the request path's own beginnings can, so
///   those beginnings are looked up, longest first (the first written wins a tie);
/// - in regex mode, where nginx tries every location `~* "^<path>"` in configuration order
///   and takes the first that matches, the locations whose pattern cannot match the request
///   are set aside beforehand (``NGINXRegexCandidates``), and the rest are tried in that
///   same order.
///
/// Lookups compare paths as the scan over every location did (by characters, canonically
/// equivalent text being equal), and every location a lookup finds is checked with the same
/// test the scan applied, so the choice is always the scan's.
struct NGINXLocationIndex: Sendable {
    /// Regex mode: some location has `use-regex`, or a `rewrite-target` other than its path,
    /// so nginx writes every location of the server as a regular expression.
    let usesRegex: Bool
    /// The first location (in configuration order) with an `app-root`: nginx's server-level
    /// `if ($uri = /)` of the first one answers.
    let appRootIndex: Int?
    /// The first location whose path is `/` (a passed-through host's TLS goes to its Service).
    let rootIndex: Int?
    /// Where `use-regex` and `rewrite-target` are written, over the server's locations in
    /// configuration order: what a decision regex mode made cites.
    let regexModeSources: SharedSourceLocations
    /// The first exact location of each path.
    private let exact: [String: Int]
    /// The prefix locations of each path, in configuration order.
    private let prefixes: [Substring: [Int]]
    /// The lengths, in characters, of the prefix locations' paths.
    private let prefixLengths: Set<Int>
    /// The regex-mode pre-filter; nil outside regex mode.
    private let regex: NGINXRegexCandidates?

    /// Indexes `locations`, in the order the configuration writes them.
    init(_ locations: [NGINXLocation]) {
        var exact: [String: Int] = [:]
        var prefixes: [Substring: [Int]] = [:]
        var lengths = Set<Int>()
        var appRoot: Int?
        var root: Int?
        for (index, location) in locations.enumerated() {
            switch location.kind {
            case .exact:
                if exact[location.path] == nil { exact[location.path] = index }
            case .prefix:
                prefixes[Substring(location.path), default: []].append(index)
                lengths.insert(location.path.count)
            }
            if appRoot == nil, location.settings.rewrite.appRoot != nil { appRoot = index }
            if root == nil, location.path == "/" { root = index }
        }
        self.exact = exact
        self.prefixes = prefixes
        prefixLengths = lengths
        appRootIndex = appRoot
        rootIndex = root
        usesRegex = locations.contains { $0.settings.rewrite.useRegex || $0.rewrites }
        regex = usesRegex ? NGINXRegexCandidates(locations.map(\.path)) : nil
        regexModeSources = SharedSourceLocations(usesRegex ? locations.flatMap { $0.settings.locations(of: "use-regex", "rewrite-target") } : [])
    }

    /// The location nginx chooses for `path` among `locations` (the ones indexed), or its
    /// automatic redirect to `path` + `/` (with the query), or none.
    func location(for path: String, query: String?, in locations: [NGINXLocation]) -> NGINXLocationMatching.Selection {
        if let regex {
            if let index = regex.firstMatch(path, in: locations, caseSensitive: false) { return .location(index: index) }
            return .none
        }
        if let index = exact[path] { return .location(index: index) }
        if prefixes[Substring(path + "/")] != nil {
            return .slashRedirect(location: path + "/" + (query.map { "?" + $0 } ?? ""))
        }
        return longestPrefix(of: path, in: locations).map { .location(index: $0) } ?? .none
    }

    /// The longest prefix location that starts `path`, the first written among equals.
    private func longestPrefix(of path: String, in locations: [NGINXLocation]) -> Int? {
        var ends = [path.startIndex]
        var position = path.startIndex
        while position < path.endIndex {
            position = path.index(after: position)
            ends.append(position)
        }
        // ends[k] ends the path's first k characters.
        for length in stride(from: ends.count - 1, through: 0, by: -1) where prefixLengths.contains(length) {
            guard let candidates = prefixes[path[..<ends[length]]] else { continue }
            if let index = candidates.first(where: { path.hasPrefix(locations[$0].path) }) { return index }
        }
        return nil
    }

    /// Whether regex mode itself decided the location a request got (see
    /// ``NGINXLocationMatching/regexModeDecides(path:chosen:firstCaseSensitiveMatch:in:)``).
    func regexModeDecides(path: String, chosen index: Int, in locations: [NGINXLocation]) -> Bool {
        let caseSensitive = regex?.firstMatch(path, in: locations, caseSensitive: true)
        return NGINXLocationMatching.regexModeDecides(path: path, chosen: index, firstCaseSensitiveMatch: caseSensitive, in: locations)
    }
}
