import MigrationCore

/// `permanent-redirect`, `temporal-redirect` (and their codes), and `app-root`.
///
/// A redirect annotation makes every request of the Ingress's paths answer with a redirect to
/// the URL, without appending the request path or query (`temporal-redirect` wins when both
/// are set). A Gateway redirect keeps the request's query, which is reported.
/// `app-root` is host-wide: a request for exactly `/` gets a 302 to the app root (its query
/// dropped, which is reported), whichever Ingress of the host carries it (the first one that
/// does).
///
/// The root location `/` the controller adds to each host it creates carries the creating
/// Ingress's annotations, so a redirect annotation there also answers every request of the
/// host that no path matches; the catch-all server's root keeps the controller's own (no)
/// redirect even when an Ingress's default backend serves it.
enum Redirects {
    static func apply(to ir: inout TranslationIR, settings: [IngressSettings], findings: inout FindingList) {
        let asking = settings.map { !$0.isCanary && ($0.string("temporal-redirect") != nil || $0.string("permanent-redirect") != nil) }
        // Worked out (and reported) once per Ingress, then given to each of its rules.
        var redirects: [Int: RequestRedirect?] = [:]
        func redirectOf(_ index: Int) -> RequestRedirect? {
            if redirects[index] == nil { redirects[index] = .some(Self.redirect(for: settings[index], findings: &findings)) }
            return redirects[index]!
        }
        ir.updateRules(ofIngressesWhere: { asking[$0] }) { key, rule in
            if rule.isCatchAllRoot(of: key.server) { return }
            guard let redirect = redirectOf(rule.source.ingressIndex) else { return }
            rule.redirect(redirect)
        }
        if asking.contains(true) {
            redirectImplicitRoots(in: &ir, settings: settings, asking: asking, redirect: redirectOf)
        }
        applyAppRoot(to: &ir, settings: settings, findings: &findings)
    }

    /// Gives each host created by a redirecting Ingress a `PathPrefix /` redirect rule, in that
    /// Ingress's namespace, unless some rule of the host already matches `/` as a prefix (an
    /// Ingress's `/` path, or its default backend, replaced the implicit root).
    private static func redirectImplicitRoots(
        in ir: inout TranslationIR, settings: [IngressSettings], asking: [Bool], redirect: (Int) -> RequestRedirect?
    ) {
        for position in ir.servers.indices {
            let server = ir.servers.values[position]
            let creator = server.creatorIndex
            guard !server.key.host.isEmpty, asking.indices.contains(creator), asking[creator] else { continue }
            let setting = settings[creator]
            let groupKey = RouteGroupKey(server: server.key, namespace: setting.ingress.meta.namespace)
            var hasRoot = false
            ir.forEachRule(of: server.key) { rule in
                if rule.match.pathType == .pathPrefix && rule.match.path == "/" { hasRoot = true }
            }
            guard !hasRoot, ir.groups[groupKey] != nil, let target = redirect(creator),
                let annotation = setting.string("temporal-redirect") ?? setting.string("permanent-redirect")
            else { continue }
            let source = RuleSource(ingressIndex: creator, object: setting.ingress.ref, location: annotation.location, ingressPathType: "implicit-root")
            var rule = RouteRuleIR(match: HTTPRouteMatch(pathType: .pathPrefix, path: "/"), backends: [], source: source)
            rule.redirect(target)
            ir.groups[groupKey]!.rules.append(rule)
        }
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
            // The controller accepts 300–308 (300–307 for temporal redirects) and otherwise
            // uses the default code; nginx sends a Location only for 301, 302, 303, 307, 308.
            let accepted = 300...(isTemporal ? 307 : 308)
            let message: String?
            if [301, 302, 303, 307, 308].contains(written.value) && accepted.contains(written.value) {
                code = written.value
                message = nil
            } else if accepted.contains(written.value) {
                message = "\(written.annotation.key) \(written.value): ingress-nginx answered \(written.value) without a Location header (nginx redirects only with 301, 302, 303, 307 and 308); the Gateway redirects with \(fallback)"
            } else {
                message = "\(written.annotation.key) \(written.value) is outside \(accepted.lowerBound)–\(accepted.upperBound), so ingress-nginx used \(fallback); so does the Gateway"
            }
            if let message {
                findings.add(
                    Finding(
                        .nginxInvalidAnnotationValue, provider: "ingress-nginx", object: setting.ingress.ref, at: written.annotation.valueLocation,
                        message: message))
            }
        }
        findings.add(
            Finding(
                .nginxRedirectQuery, provider: "ingress-nginx", object: setting.ingress.ref, at: annotation.location,
                message: "\(annotation.key): ingress-nginx sent \(annotation.value) as written, dropping the request's query string; the Gateway redirect keeps it (/a?x=1 → \(annotation.value)?x=1)"))
        return RequestRedirect(scheme: url.scheme, hostname: url.host, port: url.port, path: .replaceFullPath(url.path), statusCode: code)
    }

    private static func applyAppRoot(to ir: inout TranslationIR, settings: [IngressSettings], findings: inout FindingList) {
        let asking = settings.map { !$0.isCanary && $0.string("app-root") != nil }
        for serverKey in ir.serverKeys(withRuleWhere: { asking[$0.source.ingressIndex] }) where !serverKey.host.isEmpty {
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
            findings.add(
                Finding(
                    .nginxRedirectQuery, provider: "ingress-nginx", object: setting.ingress.ref, at: annotation.location,
                    message: "\(annotation.key): ingress-nginx redirected / to \(annotation.value) without the request's query string; the Gateway redirect keeps it (/?x=1 → \(annotation.value)?x=1)"))
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
