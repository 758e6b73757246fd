import MigrationCore

/// `affinity: cookie` and `proxy-next-upstream`, which only the experimental channel of Gateway
/// API can express (`sessionPersistence`, `retry`); without `--allow-experimental-gw-api` they
/// are reported instead.
///
/// - Affinity pins a client to one endpoint with a cookie (`session-cookie-name`, default
///   `INGRESSCOOKIE`; `session-cookie-max-age` or `-expires` make it permanent). The cookie's
///   path, domain, SameSite and Secure attributes and the balanced mode are not carried.
/// - `proxy-next-upstream` lists when nginx tried another endpoint (`http_502` …, `error`,
///   `timeout`), up to `proxy-next-upstream-tries` tries in all (default 3).
enum ExperimentalFeatures {
    static func apply(to ir: inout TranslationIR, settings: [IngressSettings], allowed: Bool, owners: RuleOwners, findings: inout FindingList) {
        var sessions: [Int: SessionPersistence] = [:]
        var retries: [Int: RetryPolicy] = [:]
        for (index, setting) in settings.enumerated() where !setting.isCanary {
            if let affinity = setting.string("affinity") {
                if affinity.value != "cookie" {
                    setting.invalid(affinity, "is not \"cookie\"", findings: &findings)
                } else if !allowed {
                    needsFlag(setting, affinity, "sticky sessions", &findings)
                } else {
                    sessions[index] = session(setting, findings: &findings)
                }
            }
            if let upstream = setting.string("proxy-next-upstream") {
                if !allowed {
                    needsFlag(setting, upstream, "retries on another endpoint", &findings)
                } else if let policy = retry(setting, upstream, findings: &findings) {
                    retries[index] = policy
                }
            }
        }
        guard !sessions.isEmpty || !retries.isEmpty else { return }
        ir.updateRules(ofIngressesWhere: { sessions[$0] != nil || retries[$0] != nil }, owners: owners) { _, rule in
            guard !rule.isRedirect else { return }
            if let session = sessions[rule.source.ingressIndex] { rule.sessionPersistence = session }
            if let retry = retries[rule.source.ingressIndex] { rule.retry = retry }
        }
    }

    private static func session(_ setting: IngressSettings, findings: inout FindingList) -> SessionPersistence {
        let name = setting.string("session-cookie-name")?.value ?? "INGRESSCOOKIE"
        let lifetime = setting.integer("session-cookie-max-age", findings: &findings) ?? setting.integer("session-cookie-expires", findings: &findings)
        Canary.report(.nginxExperimentalApproximated, setting, setting.annotation("affinity")!.location,
                      "affinity becomes sessionPersistence with cookie \(name); the cookie's path, domain, SameSite and Secure attributes and the balanced mode are not carried", &findings)
        return SessionPersistence(cookieName: name, absoluteTimeout: lifetime.map { GatewayDuration.seconds(max($0.value, 1)) })
    }

    private static func retry(_ setting: IngressSettings, _ annotation: Annotation, findings: inout FindingList) -> RetryPolicy? {
        let conditions = annotation.value.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if conditions.contains("off") { return nil }
        let codes = conditions.compactMap { $0.hasPrefix("http_") ? Int($0.dropFirst(5)) : nil }.filter { (400...599).contains($0) }.sorted()
        var tries = 3
        if let written = setting.integer("proxy-next-upstream-tries", findings: &findings) { tries = written.value == 0 ? 3 : written.value }
        guard tries > 1 else { return nil }
        let other = conditions.filter { !$0.hasPrefix("http_") }
        if !other.isEmpty {
            Canary.report(.nginxExperimentalApproximated, setting, annotation.location,
                          "proxy-next-upstream \(other.joined(separator: " ")) (connection errors, timeouts, non-idempotent requests) is left to the implementation's retry on connection errors", &findings)
        }
        return RetryPolicy(attempts: tries - 1, codes: codes)
    }

    private static func needsFlag(_ setting: IngressSettings, _ annotation: Annotation, _ what: String, _ findings: inout FindingList) {
        findings.add(
            Finding(
                .nginxNeedsExperimental, provider: "ingress-nginx", object: setting.ingress.ref, at: annotation.location,
                message: "\(annotation.key) (\(what)) needs an experimental-channel Gateway API field; it was not translated",
                hint: "pass --allow-experimental-gw-api and install the experimental CRDs"))
    }
}
