/// How nginx picks the server and the location for a request.
///
/// Server (ingress-nginx docs, "Ingress path matching" and the `server_name` rules): the host
/// name (lower-cased, port and one trailing dot removed) selects the server of that exact
/// name; otherwise a wildcard host `*.example.com`, which ingress-nginx writes as a regular
/// expression matching exactly one more label of letters, digits, `_` and `-`; otherwise
/// the catch-all `_` (the default server).
///
/// Location (nginx `location` rules): an exact location (`= /p`) equal to the path wins;
/// otherwise, when a prefix location is the path plus `/`, nginx answers with its automatic
/// 301 to that path (query kept); otherwise the longest prefix location that starts the path,
/// compared by characters and case-sensitively. In regex mode every location is
/// `~* "^<path>"` (case-insensitive, anchored only at the start) and the first that matches,
/// in the configuration's order, wins.
enum NGINXLocationMatching {
    enum Selection {
        case location(NGINXLocation)
        case slashRedirect(location: String)
        case none
    }

    static func server(for hostname: String, in servers: [String: NGINXServer]) -> NGINXServer {
        if hostname != "_", let exact = servers[hostname] { return exact }
        let wildcard = servers.keys.sorted().first { name in
            guard name.hasPrefix("*.") else { return false }
            let suffix = name.dropFirst(1)
            guard hostname.hasSuffix(suffix) else { return false }
            let label = hostname.dropLast(suffix.count)
            return !label.isEmpty && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        }
        return servers[wildcard ?? "_"]!
    }

    static func location(for request: ProbeRequest, in server: NGINXServer) -> Selection {
        let path = request.path
        if server.usesRegexLocations {
            for location in server.locations where matchesRegex(location.path, path) { return .location(location) }
            return .none
        }
        if let exact = server.locations.first(where: { $0.kind == .exact && $0.path == path }) { return .location(exact) }
        if server.locations.contains(where: { $0.kind == .prefix && $0.path == path + "/" }) {
            let query = request.query.map { "?" + $0 } ?? ""
            return .slashRedirect(location: path + "/" + query)
        }
        let prefixes = server.locations.filter { $0.kind == .prefix && path.hasPrefix($0.path) }
        guard let longest = prefixes.max(by: { $0.path.count < $1.path.count }) else { return .none }
        return .location(longest)
    }

    /// `~* "^<path>"`: the path as a PCRE-style pattern, case-insensitive, anchored at the start.
    static func matchesRegex(_ pattern: String, _ path: String) -> Bool {
        guard let regex = try? Regex("^" + pattern).ignoresCase() else { return false }
        return (try? regex.firstMatch(in: path)) != nil
    }
}
