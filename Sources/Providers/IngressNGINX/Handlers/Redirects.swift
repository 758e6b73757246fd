import MigrationCore

/// `permanent-redirect`, `temporal-redirect` (and their codes), and `app-root`.
///
/// A redirect annotation makes every request of the Ingress's paths answer with a redirect to
/// the URL, without appending the request path (`temporal-redirect` wins when both are set).
/// `app-root` is host-wide: a request for exactly `/` gets a 302 to the app root, whichever
/// Ingress of the host carries it (the first one that does).
enum Redirects {
    static func apply(to ir: inout TranslationIR, settings: [IngressSettings], findings: inout FindingList) {
        for key in ir.groups.keys.sorted() {
            for index in ir.groups[key]!.rules.indices {
                let rule = ir.groups[key]!.rules[index]
                let setting = settings[rule.source.ingressIndex]
                guard !setting.isCanary, let redirect = redirect(for: setting, findings: &findings) else { continue }
                ir.groups[key]!.rules[index].redirect(redirect)
            }
        }
        applyAppRoot(to: &ir, settings: settings, findings: &findings)
    }

    /// The redirect an Ingress's annotations ask for, if any.
    static func redirect(for setting: IngressSettings, findings: inout FindingList) -> RequestRedirect? {
        let temporal = setting.string("temporal-redirect")
        let permanent = setting.string("permanent-redirect")
        guard let annotation = temporal ?? permanent else { return nil }
        let isTemporal = temporal != nil
        guard let url = RedirectURL(annotation.value) else {
            setting.invalid(annotation, "is not an absolute http or https URL", findings: &findings)
            return nil
        }
        let codeKey = isTemporal ? "temporal-redirect-code" : "permanent-redirect-code"
        let fallback = isTemporal ? 302 : 301
        var code = fallback
        if let written = setting.integer(codeKey, findings: &findings) {
            if [301, 302, 303, 307, 308].contains(written.value) && !(isTemporal && written.value == 308) {
                code = written.value
            } else {
                findings.add(
                    Finding(
                        .nginxInvalidAnnotationValue, provider: "ingress-nginx", object: setting.ingress.ref, at: written.annotation.valueLocation,
                        message: "\(written.annotation.key) \(written.value) cannot be used (Gateway API redirects use 301, 302, 303, 307 or 308); \(fallback) is used"))
            }
        }
        return RequestRedirect(scheme: url.scheme, hostname: url.host, port: url.port, path: .replaceFullPath(url.path), statusCode: code)
    }

    private static func applyAppRoot(to ir: inout TranslationIR, settings: [IngressSettings], findings: inout FindingList) {
        for serverKey in ir.servers.keys.sorted() where !serverKey.host.isEmpty {
            let rules = ir.rules(of: serverKey)
            let carrier = rules.lazy.map { settings[$0.source.ingressIndex] }.first { !$0.isCanary && $0.string("app-root") != nil }
            guard let setting = carrier, let annotation = setting.string("app-root") else { continue }
            guard annotation.value.hasPrefix("/"), PathValidation.problem(with: annotation.value) == nil else {
                setting.invalid(annotation, "is not an absolute path", findings: &findings)
                continue
            }
            let source = RuleSource(
                ingressIndex: setting.firstIndexOfName, object: setting.ingress.ref,
                location: annotation.location, ingressPathType: "app-root")
            var rule = RouteRuleIR(match: HTTPRouteMatch(pathType: .exact, path: "/"), backends: [], source: source)
            rule.redirect(RequestRedirect(path: .replaceFullPath(annotation.value), statusCode: 302))
            let groupKey = RouteGroupKey(server: serverKey, namespace: setting.ingress.meta.namespace)
            if let existing = ir.groups[groupKey]?.rules.firstIndex(where: { $0.match == rule.match }) {
                ir.groups[groupKey]!.rules[existing] = rule
            } else if ir.groups[groupKey] != nil {
                ir.groups[groupKey]!.rules.insert(rule, at: 0)
            }
        }
    }
}

/// The parts of an absolute redirect URL a RequestRedirect can carry.
struct RedirectURL {
    var scheme: String
    var host: String
    var port: Int?
    var path: String

    init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let schemeEnd = trimmed.range(of: "://") else { return nil }
        scheme = String(trimmed[..<schemeEnd.lowerBound]).lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = trimmed[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        let pathPart = rest[authorityEnd...].prefix { $0 != "?" && $0 != "#" }
        if let colon = authority.lastIndex(of: ":"), let number = Int(authority[authority.index(after: colon)...]) {
            host = String(authority[..<colon]).lowercased()
            port = number
        } else {
            host = String(authority).lowercased()
        }
        guard !host.isEmpty, HostValidation.isValidHostname(host) else { return nil }
        path = pathPart.isEmpty ? "/" : String(pathPart)
    }
}
