import MigrationCore

/// ingress-nginx answers HTTPS for every host, using its default certificate for hosts that
/// have no TLS section. The Gateway gets HTTPS listeners only for hosts with a certificate, so
/// this is reported once per Gateway, naming how many hosts are affected.
enum DefaultCertificateHosts {
    static func report(_ ir: TranslationIR, findings: inout FindingList) {
        // Only the count and the first three hosts (in key order) are reported, so hosts are
        // collected by key and the first three picked out; no server is copied or sorted.
        var hostsByGateway: [GatewayKey: [ServerKey]] = [:]
        for position in ir.servers.indices {
            let key = ir.servers.keys[position]
            guard !key.host.isEmpty, !ir.servers.values[position].hasTLS, !ir.servers.values[position].namespaces.isEmpty else { continue }
            hostsByGateway[key.gateway, default: []].append(key)
        }
        for gateway in hostsByGateway.keys.sorted() {
            let keys = hostsByGateway[gateway]!
            let firstKeys = keys.smallest(3)
            let first = ir.servers[firstKeys[0]]!
            let examples = firstKeys.map(\.host).joined(separator: ", ")
            findings.add(
                Finding(
                    .hostWithoutCertificate, provider: "ingress-nginx", object: first.creator.object,
                    at: first.creator.location,
                    message: "\(keys.count) host(s) of class \(gateway.className) have no TLS section (\(examples)\(keys.count > 3 ? ", …" : "")): ingress-nginx also answered HTTPS for them with its default certificate; the Gateway serves them on HTTP only",
                    hint: "add TLS entries for hosts that must answer HTTPS"))
        }
    }
}
