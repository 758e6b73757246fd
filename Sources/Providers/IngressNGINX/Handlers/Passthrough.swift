import MigrationCore

/// `ssl-passthrough`: TLS connections for the host are routed by SNI to the backend of the
/// Ingress's `/` path (its first path otherwise) without being terminated; any Ingress of the
/// host turns it on, and the controller then ignores the host's other settings on port 443. It
/// needs the controller flag `--enable-ssl-passthrough`, which the input cannot show.
enum Passthrough {
    static func apply(to ir: inout TranslationIR, settings: [IngressSettings], findings: inout FindingList) {
        for serverKey in ir.servers.keys.sorted() where !serverKey.host.isEmpty {
            let rules = ir.rules(of: serverKey)
            guard let rule = rules.first(where: { settings[$0.source.ingressIndex].bool("ssl-passthrough", default: false, findings: &findings) && !settings[$0.source.ingressIndex].isCanary }) else { continue }
            let setting = settings[rule.source.ingressIndex]
            let own = rules.filter { $0.source.ingressIndex == rule.source.ingressIndex && !$0.backends.isEmpty }
            guard let chosen = own.first(where: { $0.match.path == "/" }) ?? own.first else { continue }
            ir.servers[serverKey]!.passthrough = (setting.ingress.meta.namespace, chosen.backends, SourceRef(object: setting.ingress.ref, location: setting.ingress.location))
            Canary.report(.nginxPassthrough, setting, setting.annotation("ssl-passthrough")!.location,
                          "TLS for \(serverKey.host) is passed through to \(chosen.backends.map(\.name).joined(separator: ", ")) (a TLS listener and TLSRoute); this took effect only if the controller ran with --enable-ssl-passthrough, and HTTPS paths of the host are no longer routed", &findings)
        }
    }
}
