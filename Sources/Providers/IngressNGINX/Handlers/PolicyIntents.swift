import MigrationCore

/// Access controls and limits that only implementation policies can carry become
/// ``PolicyIntent``s on the Ingress's rules; the chosen emitter turns them into its resources
/// or reports them (an error when dropping them opens access).
///
/// - `whitelist-source-range` / `allowlist-source-range` and `denylist-source-range`: comma lists
///   of addresses or CIDRs; others get 403.
/// - `auth-type: basic` with `auth-secret`: basic authentication (`digest` has no equivalent).
/// - `auth-url`: every request is checked by the URL first; only in-cluster Service URLs can be
///   carried; `auth-response-headers` are copied to the backend request.
/// - `limit-rps` / `limit-rpm`: request rate per client address.
/// - `proxy-body-size`: nginx sizes (`8m`, `512k`, `1g`; `0` is unlimited) with binary units.
enum PolicyIntents {
    static func apply(to ir: inout TranslationIR, settings: [IngressSettings], owners: RuleOwners, findings: inout FindingList) {
        var perIngress: [Int: [SourcedIntent]] = [:]
        for (index, setting) in settings.enumerated() where !setting.isCanary {
            let found = intents(setting, findings: &findings)
            if !found.isEmpty { perIngress[index] = found }
        }
        guard !perIngress.isEmpty else { return }
        ir.updateRules(ofIngressesWhere: { perIngress[$0] != nil }, owners: owners) { _, rule in
            guard !rule.isRedirect, let intents = perIngress[rule.source.ingressIndex] else { return }
            rule.intents += intents
        }
    }

    private static func intents(_ setting: IngressSettings, findings: inout FindingList) -> [SourcedIntent] {
        var result: [SourcedIntent] = []
        func add(_ intent: PolicyIntent, _ annotation: Annotation) {
            result.append(SourcedIntent(intent, object: setting.ingress.ref, location: annotation.location))
        }
        let allow = setting.list("allowlist-source-range") ?? setting.list("whitelist-source-range")
        let deny = setting.list("denylist-source-range")
        if let anchor = allow?.annotation ?? deny?.annotation {
            add(.clientAddresses(allow: allow?.values ?? [], deny: deny?.values ?? []), anchor)
        }
        if let type = setting.string("auth-type") {
            if type.value == "basic", let secret = setting.string("auth-secret") {
                let parts = secret.value.split(separator: "/").map(String.init)
                if parts.count == 2 && parts[0] != setting.ingress.meta.namespace {
                    setting.invalid(secret, "names a Secret in another namespace, which a route's policy cannot use", findings: &findings)
                } else {
                    add(.basicAuth(secret: parts.last!), type)
                }
            } else {
                findings.add(Finding(.nginxDroppedSecurityControl, provider: "ingress-nginx", object: setting.ingress.ref, at: type.location,
                                     message: "auth-type \(type.value)\(setting.string("auth-secret") == nil ? " without auth-secret" : "") cannot be carried by any output; without it the paths are open"))
            }
        }
        if let url = setting.string("auth-url") {
            if let (service, path) = authService(url.value, namespace: setting.ingress.meta.namespace) {
                add(.externalAuth(service: service, path: path, responseHeaders: setting.list("auth-response-headers")?.values ?? []), url)
            } else {
                findings.add(Finding(.nginxDroppedSecurityControl, provider: "ingress-nginx", object: setting.ingress.ref, at: url.valueLocation,
                                     message: "auth-url \(url.value) is not an in-cluster Service URL, so no output can carry it; without it the paths are open",
                                     hint: "point auth-url at the auth Service (http://name.namespace.svc:port/path)"))
            }
        }
        for (key, seconds) in [("limit-rps", 1), ("limit-rpm", 60)] {
            if let limit = setting.integer(key, findings: &findings), limit.value > 0 { add(.rateLimit(requests: limit.value, seconds: seconds), limit.annotation) }
        }
        if let size = setting.string("proxy-body-size") {
            if let bytes = nginxSize(size.value) {
                if bytes > 0 { add(.requestBodyLimit(bytes: bytes), size) }
            } else {
                setting.invalid(size, "is not an nginx size (a number with k, m or g)", findings: &findings)
            }
        }
        return result
    }

    /// An nginx size in bytes (`k`, `m`, `g` are powers of 1024; no unit is bytes).
    static func nginxSize(_ text: String) -> Int? {
        let lower = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [Character: Int] = ["k": 1 << 10, "m": 1 << 20, "g": 1 << 30]
        if let last = lower.last, let factor = units[last], let number = Int(lower.dropLast()) { return number * factor }
        return Int(lower)
    }

    private static func authService(_ url: String, namespace: String) -> (BackendRef, String)? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        let path = slash == rest.endIndex ? "/" : String(rest[slash...].prefix { $0 != "?" })
        guard let backend = Mirror.serviceBackend(String(url[..<schemeEnd.upperBound]) + rest[..<slash], namespace: namespace), !path.contains("$") else {
            return nil
        }
        return (backend, path)
    }
}
