import MigrationCore

/// Two places where a Gateway matches requests differently from ingress-nginx, reported once
/// per Gateway so a reviewer can judge whether any client depends on them:
///
/// - ingress-nginx writes a wildcard host `*.example.com` as a server name that matches exactly
///   one more label (`a.example.com`, not `a.b.example.com`); a Gateway listener hostname
///   `*.example.com` matches any number of labels.
/// - ingress-nginx's HTTPS redirect removes one trailing `/` from the target
///   (`http://h/a/` → `https://h/a`); a Gateway `RequestRedirect` keeps the path.
enum HostMatchingDifferences {
    static func report(_ ir: TranslationIR, findings: inout FindingList) {
        // Hosts are noted by key and creator only: copying whole servers for every host of a
        // large cluster would cost more than the check.
        var wildcards: [GatewayKey: [NotedHost]] = [:]
        var redirecting: [GatewayKey: [NotedHost]] = [:]
        for server in ir.servers.values where !server.namespaces.isEmpty {
            let host = NotedHost(key: server.key, creator: server.creator)
            if server.key.host.hasPrefix("*.") { wildcards[server.key.gateway, default: []].append(host) }
            if ir.containsRule(of: server.key, where: { !$0.isGRPC }),
                server.rootPlainHTTP != .serve || ir.containsRule(of: server.key, where: { $0.plainHTTP != .serve })
            {
                redirecting[server.key.gateway, default: []].append(host)
            }
        }
        for gateway in wildcards.keys.sorted() {
            let servers = wildcards[gateway]!.sorted { $0.key < $1.key }
            findings.add(
                Finding(
                    .nginxWildcardDepth, provider: "ingress-nginx", object: servers[0].creator.object, at: servers[0].creator.location,
                    message: "\(summary(servers)): ingress-nginx matched one more label only (a.example.com, not a.b.example.com); the Gateway listener matches any number of labels"))
        }
        for gateway in redirecting.keys.sorted() {
            let servers = redirecting[gateway]!.sorted { $0.key < $1.key }
            findings.add(
                Finding(
                    .nginxRedirectTrailingSlash, provider: "ingress-nginx", object: servers[0].creator.object,
                    at: servers[0].creator.location,
                    message: "\(summary(servers)) redirect plain HTTP to HTTPS: ingress-nginx removed one trailing \"/\" from the target (http://host/a/ → https://host/a); the Gateway redirect keeps the path"))
        }
    }

    /// A host, as the findings name it.
    private struct NotedHost {
        var key: ServerKey
        var creator: SourceRef
    }

    private static func summary(_ servers: [NotedHost]) -> String {
        let names = servers.prefix(3).map(\.key.host).joined(separator: ", ")
        return "\(Plural.count(servers.count, "host", "hosts")) (\(names)\(servers.count > 3 ? ", …" : ""))"
    }
}
