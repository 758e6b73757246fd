import MigrationCore

/// `ssl-redirect` and `force-ssl-redirect` (defaults from the controller ConfigMap), and HSTS.
///
/// ingress-nginx redirects a plain-HTTP request to `https://` with status 308 when the
/// location it matches has `ssl-redirect` on (the default) and the host has a certificate, or
/// when the location has `force-ssl-redirect` on, certificate or not. Locations whose path
/// starts with `/.well-known/acme-challenge` are never redirected (ACME HTTP-01 challenges),
/// and neither is the catch-all host's root. A host's implicit root location carries the
/// annotations of the Ingress that created the host, so unmatched paths of a TLS host are
/// redirected too. Each location uses the annotations of its own Ingress.
enum SSLRedirect {
    static func apply(to ir: inout TranslationIR, config: ControllerConfig, findings: inout FindingList) {
        var settings: [Int: (ssl: Bool, force: Bool)] = [:]
        for (index, ingress) in ir.ingresses.enumerated() {
            settings[index] = (
                BoolAnnotation.value("ssl-redirect", of: ingress, default: config.sslRedirect, findings: &findings),
                BoolAnnotation.value("force-ssl-redirect", of: ingress, default: config.forceSSLRedirect, findings: &findings)
            )
        }
        func behaviour(_ index: Int, hasTLS: Bool, path: String) -> PlainHTTPBehaviour {
            guard let setting = settings[index] else { return .serve }
            if config.noTLSRedirectLocations.contains(where: { path.hasPrefix($0) }) { return .serve }
            return setting.force || (setting.ssl && hasTLS) ? .redirectToHTTPS(statusCode: config.redirectCode) : .serve
        }
        // The keys are copied out first: iterating the dictionary's own key view while writing
        // to it would make the first write copy the whole dictionary.
        for key in Array(ir.servers.keys) {
            let server = ir.servers[key]!
            if !key.host.isEmpty {
                ir.servers[key]!.rootPlainHTTP = behaviour(server.creatorIndex, hasTLS: server.hasTLS, path: "/")
            }
            // The controller adds Strict-Transport-Security to every HTTPS response (ConfigMap hsts*).
            if server.hasTLS, let value = config.hstsValue {
                ir.servers[key]!.httpsResponseHeaders = [HeaderValue(name: "Strict-Transport-Security", value: value)]
            }
        }
        for key in Array(ir.groups.keys) {
            guard let server = ir.servers[key.server] else { continue }
            for index in ir.groups[key]!.rules.indices {
                let rule = ir.groups[key]!.rules[index]
                // The catch-all root never redirects; redirect annotations answer before the
                // HTTPS redirect is considered (nginx's `return` runs first).
                let isCatchAllRoot = key.server.host.isEmpty && rule.source.ingressPathType == "defaultBackend"
                ir.groups[key]!.rules[index].plainHTTP =
                    isCatchAllRoot || rule.isRedirect ? .serve : behaviour(rule.source.ingressIndex, hasTLS: server.hasTLS, path: rule.match.path)
            }
        }
    }
}
