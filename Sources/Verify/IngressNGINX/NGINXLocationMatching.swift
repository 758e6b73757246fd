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
enum NGINXLocationMatching {
    enum Selection {
        case location(index: Int)
        case slashRedirect(location: String)
        case none
    }

    static func server(for hostname: String, in servers: [String: NGINXServer]) -> NGINXServer {
        if hostname != "_", let exact = servers[hostname] { return exact }
        let names = servers.keys.sorted()
        if let alias = names.first(where: { servers[$0]!.aliases.contains(hostname) }) { return servers[alias]! }
        let wildcardAliases = names.flatMap { name in servers[name]!.aliases.filter { $0.hasPrefix("*.") }.map { (alias: $0, server: name) } }
        if let alias = wildcardAliases.filter({ hostname.hasSuffix($0.alias.dropFirst(1)) }).max(by: { $0.alias.count < $1.alias.count }) {
            return servers[alias.server]!
        }
        let wildcard = names.first { name in
            guard name.hasPrefix("*.") else { return false }
            let suffix = name.dropFirst(1)
            guard hostname.hasSuffix(suffix) else { return false }
            let label = hostname.dropLast(suffix.count)
            return !label.isEmpty && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        }
        return servers[wildcard ?? "_"]!
    }

    static func location(for path: String, query: String?, in server: NGINXServer) -> Selection {
        if server.usesRegexLocations {
            if let index = server.locations.firstIndex(where: { matchesRegex($0.path, path) }) { return .location(index: index) }
            return .none
        }
        if let exact = server.locations.firstIndex(where: { $0.kind == .exact && $0.path == path }) { return .location(index: exact) }
        if server.locations.contains(where: { $0.kind == .prefix && $0.path == path + "/" }) {
            return .slashRedirect(location: path + "/" + (query.map { "?" + $0 } ?? ""))
        }
        let prefixes = server.locations.indices.filter { server.locations[$0].kind == .prefix && path.hasPrefix(server.locations[$0].path) }
        guard let longest = prefixes.max(by: { server.locations[$0].path.count < server.locations[$1].path.count }) else { return .none }
        return .location(index: longest)
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
    /// for paths written as plain paths.
    static func regexModeDecides(path: String, chosen index: Int, in server: NGINXServer) -> Bool {
        let caseSensitive = server.locations.firstIndex { matchesRegex($0.path, path, caseSensitive: true) }
        if caseSensitive != index { return true }
        let location = server.locations[index]
        guard !location.path.contains(where: { Self.metacharacters.contains($0) }) else { return false }
        if location.kind == .exact { return path != location.path }
        guard path.count > location.path.count, !location.path.hasSuffix("/") else { return false }
        return path[path.index(path.startIndex, offsetBy: location.path.count)] != "/"
    }

    /// Characters that make a path a pattern rather than a literal path.
    static let metacharacters: Set<Character> = ["(", ")", "[", "]", "{", "}", "*", "+", "?", "|", "^", "$", "\\"]
}
