/// How nginx picks the server and the location for a request.
///
/// Server (nginx `server_name` rules, with the names ingress-nginx writes): the host name
/// (lower-cased, port and one trailing dot removed) selects the server of that exact name or
/// exact `server-alias`; otherwise the longest `*.` alias (an nginx wildcard name, any number
/// of labels); otherwise a wildcard host `*.example.com`, which ingress-nginx writes as a
/// regular expression matching exactly one more label of letters, digits, `_` and `-`
/// (servers in name order); otherwise the catch-all `_` (the default server).
///
/// Location (nginx `location` rules): an exact location (`= /p`) equal to the path wins;
/// otherwise, when a prefix location is the path plus `/`, nginx answers with its automatic
/// 301 to that path (query kept); otherwise the longest prefix location that starts the path,
/// compared by characters and case-sensitively. In regex mode every location is
/// `~* "^<path>"` (case-insensitive, anchored only at the start) and the first that matches,
/// in the configuration's order, wins.
///
/// ``NGINXServerSelection`` and ``NGINXLocationIndex`` make these choices from tables built
/// once per set of servers.
enum NGINXLocationMatching {
    /// What a request's path gets on a server.
    enum Selection: Equatable {
        /// The location at this position of the server's locations.
        case location(index: Int)
        /// nginx's automatic 301 to a prefix location ending in `/` (the query kept).
        case slashRedirect(location: String)
        /// No location matches.
        case none
    }

    /// `~* "^<path>"`: the path as a PCRE-style pattern, case-insensitive, anchored at the start.
    static func matchesRegex(_ pattern: String, _ path: String, caseSensitive: Bool = false) -> Bool {
        guard let regex = CompiledRegexes.shared.regex("^" + pattern, ignoresCase: !caseSensitive) else { return false }
        return (try? regex.firstMatch(in: path)) != nil
    }

    /// Whether regex mode itself decided the location a request got: nginx matched it only
    /// because regex locations ignore case, or matched a path written without pattern syntax
    /// beyond its own characters (an `Exact` path with more after it, or a prefix continuing
    /// inside a path element). These are the differences the controller's regex mode makes
    /// for paths written as plain paths. `firstCaseSensitiveMatch` is the first location whose pattern matches the path
    /// case-sensitively (what nginx would have chosen had regex locations kept case).
    static func regexModeDecides(path: String, chosen index: Int, firstCaseSensitiveMatch: Int?, in locations: [NGINXLocation]) -> Bool {
        if firstCaseSensitiveMatch != index { return true }
        let location = locations[index]
        guard !location.path.contains(where: { Self.metacharacters.contains($0) }) else { return false }
        if location.kind == .exact { return path != location.path }
        guard path.count > location.path.count, !location.path.hasSuffix("/") else { return false }
        return path[path.index(path.startIndex, offsetBy: location.path.count)] != "/"
    }

    /// Characters that make a path a pattern rather than a literal path.
    static let metacharacters: Set<Character> = ["(", ")", "[", "]", "{", "}", "*", "+", "?", "|", "^", "$", "\\"]
}
