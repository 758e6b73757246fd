import MigrationCore

/// nginx's automatic redirect: a prefix location ending in `/` (an Exact or Prefix path such
/// as `/docs/`) answers a request for the same path without the slash (`/docs`) with a 301 to
/// the slashed path. A Gateway `PathPrefix /docs/` would instead route `/docs` to the backend,
/// so an `Exact /docs` redirect rule is added, unless a path `/docs` of the host already
/// serves it. Hosts in regex mode have no such redirect.
enum TrailingSlashRedirect {
    static func apply(to ir: inout TranslationIR, regexHosts: Set<ServerKey>) {
        // nginx compares locations byte by byte, so the path is looked at as bytes (which is
        // also what keeps this check cheap on every rule of a large cluster).
        let slashed = ir.serverKeys { $0.match.pathType != .regularExpression && Self.endsInSlash($0.match.path) }
        for serverKey in slashed where !regexHosts.contains(serverKey) {
            // Rules are read in place: only the redirects added are built.
            var served = Set<String>()
            ir.forEachRule(of: serverKey) { rule in
                if rule.match.pathType != .regularExpression { served.insert(rule.match.path) }
            }
            for namespace in ir.servers[serverKey]!.namespaces {
                let groupKey = RouteGroupKey(server: serverKey, namespace: namespace)
                guard let position = ir.groups.index(forKey: groupKey) else { continue }
                var added: [RouteRuleIR] = []
                var addedPaths = Set<String>()
                ir.groups.values[position].rules.withUnsafeBufferPointer { rules in
                    for index in rules.indices where rules[index].match.pathType != .regularExpression && rules[index].match.headers.isEmpty {
                        let path = rules[index].match.path
                        guard Self.endsInSlash(path), !rules[index].isRedirect else { continue }
                        let bare = String(path.dropLast())
                        guard !served.contains(bare), addedPaths.insert(bare).inserted else { continue }
                        var source = rules[index].source
                        source.ingressPathType = "trailing-slash"
                        var redirect = RouteRuleIR(match: HTTPRouteMatch(pathType: .exact, path: bare), backends: [], source: source)
                        redirect.redirect(RequestRedirect(path: .replaceFullPath(path), statusCode: 301))
                        added.append(redirect)
                    }
                }
                if !added.isEmpty { ir.groups.values[position].rules += added }
            }
        }
    }

    /// Whether a path longer than `/` ends in `/`.
    private static func endsInSlash(_ path: String) -> Bool {
        path.utf8.count > 1 && path.utf8.last == UInt8(ascii: "/")
    }
}
