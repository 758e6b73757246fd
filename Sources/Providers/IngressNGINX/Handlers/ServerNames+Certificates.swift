import MigrationCore

/// A `server-alias` shares its host's `server` block, but not always its certificate: the
/// controller gives the certificate to an alias only when a `tls` entry of the host's Ingresses
/// names the alias, and its HTTPS redirect applies only to names with a certificate. An alias
/// that no entry names was answered on plain HTTP like the host's paths, and over HTTPS with
/// the controller's default certificate.
///
/// So such an alias of a host with a certificate becomes a host of its own: the host's rules,
/// copied, on an HTTP listener, without the host's certificate (and so without its redirect,
/// its HSTS header and its client-certificate validation). Like every host without a TLS
/// section, it is reported as served on HTTP only (`I2GW-HOST-WITHOUT-CERTIFICATE`).
extension ServerNames {
    /// The names the `tls` entries of the host's Ingresses list, lower-cased.
    static func certificateNames(of serverKey: ServerKey, in ir: TranslationIR) -> Set<String> {
        var indexes = Set<Int>()
        for rule in ir.rules(of: serverKey) { indexes.insert(rule.source.ingressIndex) }
        var names = Set<String>()
        for index in indexes {
            for entry in ir.ingresses[index].tls { names.formUnion(entry.hosts.map { $0.value.lowercased() }) }
        }
        return names
    }

    /// Makes `alias` a host of its own, served like `serverKey` on plain HTTP.
    static func addUncertifiedAlias(_ alias: String, of serverKey: ServerKey, in ir: inout TranslationIR) -> ServerKey {
        let aliasKey = ServerKey(gateway: serverKey.gateway, host: alias)
        var server = ir.servers[serverKey]!
        server.key = aliasKey
        server.aliases = []
        server.certificate = nil
        server.usesDefaultCertificate = false
        server.httpsResponseHeaders = []
        server.clientValidation = nil
        ir.servers[aliasKey] = server
        for namespace in server.namespaces {
            guard var group = ir.groups[RouteGroupKey(server: serverKey, namespace: namespace)] else { continue }
            group.key = RouteGroupKey(server: aliasKey, namespace: namespace)
            ir.groups[group.key] = group
        }
        return aliasKey
    }
}
