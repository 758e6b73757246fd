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
        let settings = ir.ingresses.map { ingress in
            (ssl: BoolAnnotation.value("ssl-redirect", of: ingress, default: config.sslRedirect, findings: &findings),
             force: BoolAnnotation.value("force-ssl-redirect", of: ingress, default: config.forceSSLRedirect, findings: &findings))
        }
        func behaviour(_ index: Int, hasTLS: Bool, path: String) -> PlainHTTPBehaviour {
            guard settings.indices.contains(index) else { return .serve }
            let setting = settings[index]
            if config.noTLSRedirectLocations.contains(where: { path.hasPrefix($0) }) { return .serve }
            return setting.force || (setting.ssl && hasTLS) ? .redirectToHTTPS(statusCode: config.redirectCode) : .serve
        }
        // Servers and rules are changed in place, by position: neither table is copied, nor
        // any server or rule.
        ir.servers.updateEachValue { key, server in
            if !key.host.isEmpty {
                server.rootPlainHTTP = behaviour(server.creatorIndex, hasTLS: server.hasTLS, path: "/")
            }
            // The controller adds Strict-Transport-Security to every HTTPS response (ConfigMap hsts*).
            if server.hasTLS, let value = config.hstsValue {
                server.httpsResponseHeaders = [HeaderValue(name: "Strict-Transport-Security", value: value)]
            }
        }
        // A second reference to the server table, read while the groups change: the servers
        // are not written again here, so it is never copied.
        let servers = ir.servers
        ir.groups.updateEachValue { key, group in
            guard let hasTLS = servers[key.server]?.hasTLS else { return }
            for index in group.rules.indices {
                // The catch-all root never redirects; redirect annotations answer before the
                // HTTPS redirect is considered (nginx's `return` runs first).
                let isCatchAllRoot = group.rules[index].isCatchAllRoot(of: key.server)
                group.rules[index].plainHTTP =
                    isCatchAllRoot || group.rules[index].isRedirect
                    ? .serve
                    : behaviour(group.rules[index].source.ingressIndex, hasTLS: hasTLS, path: group.rules[index].match.path)
            }
        }
    }
}
