import MigrationCore

/// `ssl-passthrough`: TLS connections for the host are routed by SNI, without being
/// terminated, to the backend of the host's `/` location, whichever Ingress of the host defines
/// it (its `defaultBackend` when none has a `/` path); any Ingress of the host turns it on, and
/// the controller then ignores the host's other settings on port 443. Without a `/` location
/// the controller passes the connections to its own default backend, which answers 404: that
/// is reported and not translated. It needs the controller flag `--enable-ssl-passthrough`,
/// which the input cannot show.
enum Passthrough {
    static func apply(to ir: inout TranslationIR, settings: [IngressSettings], findings: inout FindingList) {
        let asking = settings.map { $0.annotation("ssl-passthrough") != nil }
        for serverKey in ir.serverKeys(withRuleWhere: { asking[$0.source.ingressIndex] }) where !serverKey.host.isEmpty {
            let rules = ir.rules(of: serverKey)
            guard let rule = rules.first(where: { settings[$0.source.ingressIndex].bool("ssl-passthrough", default: false, findings: &findings) && !settings[$0.source.ingressIndex].isCanary }) else { continue }
            let setting = settings[rule.source.ingressIndex]
            let roots = rules.filter { $0.match.path == "/" && $0.source.ingressPathType != "Exact" && !$0.backends.isEmpty }
            guard let chosen = roots.first(where: { $0.source.ingressPathType != "defaultBackend" }) ?? roots.first else {
                Canary.report(.nginxPassthrough, setting, setting.annotation("ssl-passthrough")!.location,
                              "no Ingress of \(serverKey.host) has a / path or a defaultBackend, so ingress-nginx passed its TLS connections to the controller's own default backend (404); the passthrough was not translated and the host's HTTPS is terminated at the Gateway", &findings)
                continue
            }
            ir.servers[serverKey]!.passthrough = (ir.ingresses[chosen.source.ingressIndex].meta.namespace, chosen.backends, SourceRef(object: setting.ingress.ref, location: setting.ingress.location))
            Canary.report(.nginxPassthrough, setting, setting.annotation("ssl-passthrough")!.location,
                          "TLS for \(serverKey.host) is passed through to \(chosen.backends.map(\.name).joined(separator: ", ")) (a TLS listener and TLSRoute); this took effect only if the controller ran with --enable-ssl-passthrough, and HTTPS paths of the host are no longer routed", &findings)
        }
    }
}
