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
        // Hosts are noted by key only, read in place: copying whole servers for every host of
        // a large cluster would cost more than the check.
        var wildcards: [GatewayKey: [ServerKey]] = [:]
        var redirecting: [GatewayKey: [ServerKey]] = [:]
        for position in ir.servers.indices {
            guard !ir.servers.values[position].namespaces.isEmpty else { continue }
            let key = ir.servers.keys[position]
            if key.host.hasPrefix("*.") { wildcards[key.gateway, default: []].append(key) }
            if ir.containsRule(of: key, where: { !$0.isGRPC }),
                ir.servers.values[position].rootPlainHTTP != .serve || ir.containsRule(of: key, where: { $0.plainHTTP != .serve })
            {
                redirecting[key.gateway, default: []].append(key)
            }
        }
        for gateway in wildcards.keys.sorted() {
            let keys = wildcards[gateway]!
            let creator = ir.servers[keys.min()!]!.creator
            findings.add(
                Finding(
                    .nginxWildcardDepth, provider: "ingress-nginx", object: creator.object, at: creator.location,
                    message: "\(summary(keys)): ingress-nginx matched one more label only (a.example.com, not a.b.example.com); the Gateway listener matches any number of labels"))
        }
        for gateway in redirecting.keys.sorted() {
            let keys = redirecting[gateway]!
            let creator = ir.servers[keys.min()!]!.creator
            findings.add(
                Finding(
                    .nginxRedirectTrailingSlash, provider: "ingress-nginx", object: creator.object, at: creator.location,
                    message: "\(summary(keys)) redirect plain HTTP to HTTPS: ingress-nginx removed one trailing \"/\" from the target (http://host/a/ → https://host/a); the Gateway redirect keeps the path"))
        }
    }

    private static func summary(_ keys: [ServerKey]) -> String {
        let names = keys.smallest(3).map(\.host).joined(separator: ", ")
        return "\(Plural.count(keys.count, "host", "hosts")) (\(names)\(keys.count > 3 ? ", …" : ""))"
    }
}
