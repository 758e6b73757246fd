import MigrationCore

/// ingress-nginx answers HTTPS for every host, using its default certificate for hosts that
/// have no TLS section. The Gateway gets HTTPS listeners only for hosts with a certificate, so
/// this is reported once per Gateway, naming how many hosts are affected.
enum DefaultCertificateHosts {
    static func report(_ ir: TranslationIR, findings: inout FindingList) {
        var hostsByGateway: [GatewayKey: [ServerIR]] = [:]
        for server in ir.servers.values where !server.key.host.isEmpty && !server.hasTLS && !server.namespaces.isEmpty {
            hostsByGateway[server.key.gateway, default: []].append(server)
        }
        for gateway in hostsByGateway.keys.sorted() {
            let servers = hostsByGateway[gateway]!.sorted { $0.key < $1.key }
            let first = servers[0]
            let examples = servers.prefix(3).map(\.key.host).joined(separator: ", ")
            findings.add(
                Finding(
                    .hostWithoutCertificate, provider: "ingress-nginx", object: first.creator.object,
                    at: first.creator.location,
                    message: "\(servers.count) host(s) of class \(gateway.className) have no TLS section (\(examples)\(servers.count > 3 ? ", …" : "")): ingress-nginx also answered HTTPS for them with its default certificate; the Gateway serves them on HTTP only",
                    hint: "add TLS entries for hosts that must answer HTTPS"))
        }
    }
}
