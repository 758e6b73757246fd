/// Decides whether one Gateway can carry its hosts' client-certificate validation.
///
/// Ingress controllers turn client-certificate checks on per host: every HTTPS request to the
/// host needs a certificate the CA issued, and the other hosts are not asked for one. Gateway
/// API validates per Gateway (`tls.frontend.default`) or per port, and every HTTPS listener of
/// the Gateway listens on 443, so the translation is faithful only when every host with an
/// HTTPS listener on the Gateway asks for the same CA and mode. Then the Gateway gets that
/// validation. Otherwise nothing is applied — never mutual TLS for a host that did not ask
/// for it — and each host that asked gets an error naming the hosts it shares the port with.
///
/// A host that asked but has no HTTPS listener (no certificate, or TLS passed through) has
/// nothing to validate; that is reported as a warning. Plain HTTP was never validated.
struct FrontendValidationPlan {
    /// The validation the Gateway carries, if any.
    private(set) var validation: FrontendValidation?
    /// The Ingresses whose validation the Gateway carries (for the ReferenceGrant's sources).
    private(set) var appliedSources: [SourceRef] = []
    /// Where the validations the Gateway does not carry were asked for.
    private(set) var unapplied: Set<SourceLocation> = []
    /// What the user must know.
    private(set) var findings: [Finding] = []

    /// How many hosts a finding names before "and N more".
    static let namedHosts = 5

    init(gatewayName: String, gatewayNamespace: String, servers: [ServerIR], plan: ListenerPlan) {
        let gatewayText = "\(gatewayNamespace)/\(gatewayName)"
        // The hosts with an HTTPS listener, as positions in `servers` (not copies of them).
        var https: [Int] = []
        for position in servers.indices {
            let hasHTTPS = servers[position].passthrough == nil && plan.secureListeners(ofServerAt: position).any
            if hasHTTPS {
                https.append(position)
            } else if let asked = servers[position].clientValidation {
                reportWithoutHTTPS(servers[position], asked)
            }
        }
        let distinct = Set(https.map { servers[$0].clientValidation?.validation })
        guard distinct.contains(where: { $0 != nil }) else { return }
        if distinct.count == 1, let chosen = distinct.first!,
            let asked = https.compactMap({ servers[$0].clientValidation }).min(by: { $0.location < $1.location })
        {
            validation = chosen
            appliedSources = Array(Set(https.compactMap { servers[$0].clientValidation?.source })).sorted()
            let inListenerSets = https.contains { plan.secureListeners(ofServerAt: $0).inListenerSet }
            reportConfigMap(chosen, gateway: gatewayText, asked: asked, inListenerSets: inListenerSets)
            return
        }
        // What each asking host's finding says about the others is worked out once for the
        // Gateway: the hosts without validation, and the hosts of each other CA and mode.
        let without = https.filter { servers[$0].clientValidation == nil }.map { servers[$0].key.host }
        let withoutText = without.isEmpty ? nil : "\(Self.list(without)) (no client certificates, which validation for the whole Gateway would wrongly ask for)"
        let byValidation = Dictionary(grouping: https.filter { servers[$0].clientValidation != nil }, by: { servers[$0].clientValidation!.validation })
        let groups = byValidation.sorted { Self.order($0.key, $1.key) }.map { validation, positions in
            (validation: validation, text: "\(Self.list(positions.map { servers[$0].key.host })) (CA \(Self.describe(validation.caConfigMap)), \(validation.mode.rawValue))")
        }
        for position in https {
            guard let asked = servers[position].clientValidation else { continue }
            unapplied.insert(asked.location)
            reportScope(servers[position], asked, without: withoutText, groups: groups, gateway: gatewayText)
        }
    }

    private mutating func reportWithoutHTTPS(_ server: ServerIR, _ asked: ClientValidationIR) {
        let host = server.key.host.isEmpty ? "the catch-all host" : server.key.host
        let reason = server.passthrough != nil
            ? "its TLS is passed through to the backend, which the controller did not validate either"
            : "it has no TLS certificate, so the Gateway serves it on plain HTTP only (the controller asked HTTPS clients of it for a certificate, with its default certificate)"
        findings.append(
            Finding(
                .clientCertificateWithoutHTTPS, object: asked.source.object, at: asked.location,
                message: "\(host) asked for client certificates (CA \(Self.describe(asked.caSecret))), but the Gateway has no HTTPS listener for it: \(reason); plain HTTP requests were never asked for a certificate",
                hint: server.passthrough != nil ? nil : "add a TLS entry for \(host) if it must answer HTTPS with client certificates"))
    }

    private mutating func reportConfigMap(_ chosen: FrontendValidation, gateway: String, asked: ClientValidationIR, inListenerSets: Bool) {
        let name = chosen.caConfigMap.name
        let namespace = chosen.caConfigMap.namespace
        let sets = inListenerSets
            ? "; some HTTPS listeners are in ListenerSets: check that the implementation applies the Gateway's frontend validation to them"
            : ""
        findings.append(
            Finding(
                .clientCertificateCAConfigMap, object: asked.source.object, at: asked.location,
                message: "Gateway \(gateway) validates client certificates on every HTTPS listener (\(chosen.mode.rawValue)) against ConfigMap \(namespace)/\(name), key ca.crt; the controller read the CA from Secret \(namespace)/\(name), which Gateway API does not portably read, so create the ConfigMap from it: until it exists the HTTPS listeners are not accepted\(sets)",
                hint: "kubectl create configmap \(name) -n \(namespace) --from-literal=ca.crt=\"$(kubectl get secret \(name) -n \(namespace) -o jsonpath='{.data.ca\\.crt}' | base64 -d)\""))
    }

    /// The finding of a host whose validation is not applied. It names the hosts without
    /// validation and those of at most ``namedHosts`` other CAs and modes, so that its length
    /// does not grow with the number of hosts asking for different ones.
    private mutating func reportScope(
        _ server: ServerIR, _ asked: ClientValidationIR, without: String?, groups: [(validation: FrontendValidation, text: String)],
        gateway: String
    ) {
        var parts = without.map { [$0] } ?? []
        // Every group but the host's own.
        let others = groups.count - 1
        parts += groups.lazy.filter { $0.validation != asked.validation }.prefix(Self.namedHosts).map(\.text)
        if others > Self.namedHosts {
            parts.append("the hosts of \(Plural.count(others - Self.namedHosts, "other CA and mode", "other CAs and modes"))")
        }
        findings.append(
            Finding(
                .clientCertificateScope, object: asked.source.object, at: asked.location,
                message: "client-certificate validation for \(server.key.host) (CA \(Self.describe(asked.caSecret)), \(asked.mode.rawValue)) was not applied: Gateway API validates client certificates per Gateway port, not per host, and Gateway \(gateway) also serves HTTPS on port 443 for \(parts.joined(separator: " and ")); \(server.key.host) now accepts HTTPS clients without a certificate",
                hint: "give the hosts that need client certificates a Gateway of their own on which every HTTPS host asks for the same CA and mode (for example --dedicated-gateway \(server.namespaces.sorted().joined(separator: " --dedicated-gateway ")))"))
    }

    private static func describe(_ ref: SecretRef) -> String { "\(ref.namespace)/\(ref.name)" }

    private static func order(_ lhs: FrontendValidation, _ rhs: FrontendValidation) -> Bool {
        (lhs.caConfigMap, lhs.mode) < (rhs.caConfigMap, rhs.mode)
    }

    /// Host names, sorted, at most ``namedHosts`` of them.
    private static func list(_ hosts: [String]) -> String {
        let sorted = hosts.map { $0.isEmpty ? "the catch-all host" : $0 }.sorted()
        let named = sorted.prefix(namedHosts).joined(separator: ", ")
        return sorted.count > namedHosts ? "\(named) and \(sorted.count - namedHosts) more" : named
    }
}
