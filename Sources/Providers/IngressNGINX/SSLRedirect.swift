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
        var withTLS = Set<ServerKey>()
        for position in ir.servers.indices {
            let key = ir.servers.keys[position]
            let hasTLS = ir.servers.values[position].hasTLS
            if hasTLS { withTLS.insert(key) }
            if !key.host.isEmpty {
                ir.servers.values[position].rootPlainHTTP = behaviour(ir.servers.values[position].creatorIndex, hasTLS: hasTLS, path: "/")
            }
            // The controller adds Strict-Transport-Security to every HTTPS response (ConfigMap hsts*).
            if hasTLS, let value = config.hstsValue {
                ir.servers.values[position].httpsResponseHeaders = [HeaderValue(name: "Strict-Transport-Security", value: value)]
            }
        }
        for position in ir.groups.indices {
            let server = ir.groups.keys[position].server
            guard ir.servers.index(forKey: server) != nil else { continue }
            let hasTLS = withTLS.contains(server)
            for index in ir.groups.values[position].rules.indices {
                let source = ir.groups.values[position].rules[index].source
                // The catch-all root never redirects; redirect annotations answer before the
                // HTTPS redirect is considered (nginx's `return` runs first).
                let isCatchAllRoot = server.host.isEmpty && source.ingressPathType == "defaultBackend"
                let behaviour =
                    isCatchAllRoot || ir.groups.values[position].rules[index].isRedirect
                    ? .serve : behaviour(source.ingressIndex, hasTLS: hasTLS, path: ir.groups.values[position].rules[index].match.path)
                ir.groups.values[position].rules[index].plainHTTP = behaviour
            }
        }
    }
}
