import MigrationCore

/// `enable-cors` and the `cors-*` keys become a standard CORS filter on the Ingress's paths,
/// with the controller's defaults written out (they differ from Gateway API's: credentials
/// allowed, max-age 1728000 s, a fixed list of allowed headers). With the origin `*` the
/// controller answers `Access-Control-Allow-Origin: *`, with which browsers never share a
/// response to a credentialed request, whatever `Access-Control-Allow-Credentials` says; a
/// Gateway with `*` and credentials would echo the origin and share it, so credentials are
/// left off there.
enum CORS {
    static let defaultMethods = ["GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS"]
    static let defaultHeaders = [
        "DNT", "Keep-Alive", "User-Agent", "X-Requested-With", "If-Modified-Since", "Cache-Control", "Content-Type", "Range",
        "Authorization",
    ]
    static let gatewayMethods: Set<String> = ["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH", "*"]

    static func apply(to ir: inout TranslationIR, settings: [IngressSettings], owners: RuleOwners, findings: inout FindingList) {
        var policies: [Int: CORSPolicy] = [:]
        let origins = CORSOrigins()
        for (index, setting) in settings.enumerated() where !setting.isCanary && setting.bool("enable-cors", default: false, findings: &findings) {
            if let policy = policy(setting, origins: origins, findings: &findings) { policies[index] = policy }
        }
        guard !policies.isEmpty else { return }
        ir.updateRules(ofIngressesWhere: { policies[$0] != nil }, owners: owners) { _, rule in
            guard !rule.isRedirect, let policy = policies[rule.source.ingressIndex] else { return }
            rule.filters.append(.cors(policy))
        }
    }

    /// The policy for one Ingress; nil when no origin is left to allow (the controller then
    /// sends no CORS headers, as without a filter).
    static func policy(_ setting: IngressSettings, origins checker: CORSOrigins, findings: inout FindingList) -> CORSPolicy? {
        guard let origins = checker.allowed(setting, findings: &findings) else { return nil }
        let methods = (setting.list("cors-allow-methods")?.values ?? defaultMethods).map { $0.uppercased() }
        let validMethods = unique(methods.filter { gatewayMethods.contains($0) })
        if let list = setting.list("cors-allow-methods"), validMethods.count != unique(methods).count {
            setting.invalid(list.annotation, "names methods Gateway API does not know; only \(validMethods.joined(separator: ", ")) were kept", findings: &findings)
        }
        let headers = unique(setting.list("cors-allow-headers")?.values ?? defaultHeaders)
        let expose = unique(setting.list("cors-expose-headers")?.values ?? [])
        let credentials = setting.bool("cors-allow-credentials", default: true, findings: &findings) && origins != ["*"]
        var maxAge = 1_728_000
        if let written = setting.integer("cors-max-age", findings: &findings) {
            if written.value >= 1 { maxAge = written.value } else { setting.invalid(written.annotation, "must be at least 1", findings: &findings) }
        }
        if origins.contains(where: { $0.contains("*.") }) {
            findings.add(
                Finding(
                    .nginxCORSWildcardOrigin, provider: "ingress-nginx", object: setting.ingress.ref,
                    at: setting.annotation("cors-allow-origin")?.valueLocation,
                    message: "a wildcard origin matched one label in ingress-nginx; Gateway API CORS wildcards may match more"))
        }
        return CORSPolicy(
            allowOrigins: capped(unique(origins), "cors-allow-origin", "origins", setting, findings: &findings),
            allowMethods: validMethods.contains("*") ? ["*"] : validMethods,
            allowHeaders: headers.contains("*") ? ["*"] : capped(headers, "cors-allow-headers", "headers", setting, findings: &findings),
            exposeHeaders: capped(expose, "cors-expose-headers", "headers", setting, findings: &findings), maxAge: maxAge,
            allowCredentials: credentials)
    }

    /// A Gateway API CORS filter holds at most this many origins, allowed headers and exposed
    /// headers.
    static let maxListItems = 64

    /// The first ``maxListItems`` of `values`, with an error when some are dropped: the
    /// controller allowed them, the Gateway will not.
    private static func capped(
        _ values: [String], _ key: String, _ noun: String, _ setting: IngressSettings, findings: inout FindingList
    ) -> [String] {
        guard values.count > maxListItems else { return values }
        findings.add(
            Finding(
                .nginxCORSListTooLong, provider: "ingress-nginx", object: setting.ingress.ref, at: setting.annotation(key)?.valueLocation,
                message: "\(key) lists \(values.count) \(noun); a Gateway API CORS filter holds at most \(maxListItems), so the first \(maxListItems) were kept and the other \(values.count - maxListItems) lose the CORS permission ingress-nginx gave them (from \(values[maxListItems]) on)",
                hint: "merge origins under a wildcard only where every matching origin may be allowed, or keep the list within 64"))
        return Array(values.prefix(maxListItems))
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0.lowercased()).inserted }
    }
}
