/// Gateway API hostname rules (listener `hostname`, route `hostnames`).
///
/// A hostname is exact (`foo.example.com`) or a wildcard (`*.example.com`) that matches any
/// name ending in `.example.com` with at least one label before it, however many:
/// `a.example.com` and `a.b.example.com`, never `example.com` itself.
enum HostnameMatching {
    /// Whether `pattern` (exact or wildcard) matches the request's host name.
    static func matches(_ pattern: String, _ hostname: String) -> Bool {
        let pattern = pattern.lowercased()
        guard pattern.hasPrefix("*.") else { return pattern == hostname }
        let suffix = pattern.dropFirst(1)
        return hostname.count > suffix.count && hostname.hasSuffix(suffix)
    }

    /// The listener precedence of a hostname that matched: exact names first, then wildcards
    /// with more labels after the `*`, then the hostname-less listener.
    static func listenerRank(_ hostname: String?) -> (Int, Int) {
        guard let hostname else { return (0, 0) }
        if hostname.hasPrefix("*.") { return (1, hostname.filter { $0 == "." }.count) }
        return (2, hostname.count)
    }

    /// The hostnames a route serves on a listener: the intersection of its `hostnames` with
    /// the listener's `hostname`. nil means "every host" (neither names one); an empty list
    /// means no intersection (the route does not attach to that listener).
    static func intersect(routeHostnames: [String], listenerHostname: String?) -> [String]? {
        let routeHostnames = routeHostnames.map { $0.lowercased() }
        guard let listener = listenerHostname?.lowercased() else {
            return routeHostnames.isEmpty ? nil : routeHostnames
        }
        if routeHostnames.isEmpty { return [listener] }
        var result: [String] = []
        for route in routeHostnames {
            let shared: String?
            if route == listener {
                shared = route
            } else if !route.hasPrefix("*.") {
                shared = matches(listener, route) ? route : nil
            } else if !listener.hasPrefix("*.") {
                shared = matches(route, listener) ? listener : nil
            } else if route.hasSuffix(listener.dropFirst(1)) {
                shared = route
            } else if listener.hasSuffix(route.dropFirst(1)) {
                shared = listener
            } else {
                shared = nil
            }
            if let shared, !result.contains(shared) { result.append(shared) }
        }
        return result
    }

    /// How specifically a route's effective hostnames match the request's host, for the
    /// precedence between routes: a matching exact hostname beats any wildcard, and longer
    /// beats shorter. nil when none matches; a route for every host ranks lowest.
    static func routeRank(_ hostnames: [String]?, hostname: String) -> (Int, Int)? {
        guard let hostnames else { return (0, 0) }
        var best: (Int, Int)?
        for candidate in hostnames where matches(candidate, hostname) {
            let rank = candidate.hasPrefix("*.") ? (1, candidate.count) : (2, candidate.count)
            if best.map({ rank > $0 }) ?? true { best = rank }
        }
        return best
    }
}
