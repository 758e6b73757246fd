import MigrationCore

/// `auth-tls-*`: client-certificate authentication.
///
/// ingress-nginx configures it per server, not per path: the oldest Ingress with a rule for a
/// host and a readable `auth-tls-secret` decides it for the whole host, with its own
/// `auth-tls-*` keys (those of later Ingresses are not read). nginx then asks every HTTPS
/// client of the host for a certificate issued by the Secret's `ca.crt`, on every path:
///
/// - `auth-tls-verify-client: on` (default): a missing or invalid certificate gets 400 →
///   `AllowValidOnly`.
/// - `optional`: invalid certificates get 400, requests without one pass; `optional_no_ca`:
///   every request passes. nginx told the backend the result in `ssl-client-verify` → both
///   become `AllowInsecureFallback`, which passes every request and tells the backend nothing
///   (approximated, reported).
/// - `off`: no certificate is asked for → no validation.
///
/// An `auth-tls-secret` the controller refused (not `namespace/name`, or in another namespace
/// when cross-namespace resources are not allowed) made it answer 403 to every request for the
/// Ingress's hosts; the routes serve them, which is an error.
///
/// The host's ``ServerIR/clientValidation`` carries the request; the core puts it on the
/// Gateway only when every HTTPS host of that Gateway asks for the same. What nginx did beyond
/// checking the certificate — the `ssl-client-*` headers, `auth-tls-verify-depth`,
/// `auth-tls-error-page`, `auth-tls-pass-certificate-to-upstream` and `auth-tls-match-cn` (an
/// error: it refused clients the CA had certified) — is reported (``ClientCertificateReport``).
enum ClientCertificates {
    /// Sets each host's client validation and reports every `auth-tls-*` annotation; returns the
    /// outcome of each, by the annotation's location, for ``AnnotationReport``.
    static func apply(
        to ir: inout TranslationIR, settings: [IngressSettings], allowCrossNamespace: Bool?, findings: inout FindingList
    ) -> [SourceLocation: AnnotationOutcome.Status] {
        var parsed: [Int: ClientCertificateSettings] = [:]
        for (index, setting) in settings.enumerated() where !setting.isCanary {
            let read = ClientCertificateSettings(setting, allowCrossNamespace: allowCrossNamespace)
            if !read.annotations.isEmpty { parsed[index] = read }
        }
        guard !parsed.isEmpty else { return [:] }
        var decided: [Int: [String]] = [:]
        var hostsOf: [Int: [String]] = [:]
        var deciders: [ServerKey: Int] = [:]
        var firstDecidedHost: [Int: ServerKey] = [:]
        for key in ir.serverKeys(withRuleWhere: { parsed[$0.source.ingressIndex] != nil }) {
            let users = Set(ir.rules(of: key).map(\.source.ingressIndex))
            for user in users where parsed[user]?.refusal != nil { hostsOf[user, default: []].append(key.host.isEmpty ? "the catch-all host" : key.host) }
            defer { if deciders[key] != nil { for user in users where firstDecidedHost[user] == nil { firstDecidedHost[user] = key } } }
            guard let index = users.filter({ parsed[$0]?.caSecret != nil }).min() else { continue }
            let read = parsed[index]!
            decided[index, default: []].append(key.host.isEmpty ? "the catch-all host" : key.host)
            deciders[key] = index
            if let mode = read.validationMode {
                let ingress = read.setting.ingress
                ir.servers[key]!.clientValidation = ClientValidationIR(
                    caSecret: read.caSecret!, mode: mode, source: SourceRef(object: ingress.ref, location: ingress.location),
                    location: read.secretAnnotation!.location)
            }
        }
        var outcomes: [SourceLocation: AnnotationOutcome.Status] = [:]
        for index in parsed.keys.sorted() {
            let read = parsed[index]!
            var report = ClientCertificateReport(read)
            if read.refusal != nil {
                report.reportRefused(hosts: hostsOf[index] ?? [], findings: &findings)
            } else if let hosts = decided[index] {
                report.reportEffective(hosts: hosts, findings: &findings)
            } else {
                let older = firstDecidedHost[index].map { settings[deciders[$0]!].ingress.ref }
                report.reportIneffective(olderIngress: older, findings: &findings)
            }
            outcomes.merge(report.outcomes, uniquingKeysWith: { first, _ in first })
        }
        return outcomes
    }
}
