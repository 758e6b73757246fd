import MigrationCore

/// Accounts for every `nginx.ingress.kubernetes.io/*` annotation, at its location, from the
/// catalog: keys the provider does not reproduce are reported with what they did and what to
/// do instead (errors for dropped security controls, the snippet quoted for snippets), keys
/// with no effect as information, unknown keys as likely typos. A canary Ingress's keys other
/// than the canary, affinity and balancing ones were ignored by the controller, and are
/// reported as such.
enum AnnotationReport {
    static let canaryKeys: Set<String> = [
        "canary", "canary-weight", "canary-weight-total", "canary-by-header", "canary-by-header-value",
        "canary-by-header-pattern", "canary-by-cookie",
    ]
    static let booleanKeys: Set<String> = [
        "ssl-redirect", "force-ssl-redirect", "use-regex", "enable-cors", "cors-allow-credentials", "from-to-www-redirect",
        "ssl-passthrough", "preserve-trailing-slash",
    ]
    static let keptOnCanary: Set<String> = ["affinity", "affinity-mode", "affinity-canary-behavior", "load-balance", "upstream-hash-by"]
    /// The redirect and rewrite keys: on an Ingress with a default backend and no rules (which
    /// serves the catch-all server's root), the controller keeps the root's own values of them.
    static let notOnCatchAllRoot: Set<String> = [
        "permanent-redirect", "permanent-redirect-code", "temporal-redirect", "temporal-redirect-code", "from-to-www-redirect",
        "rewrite-target", "use-regex", "app-root", "ssl-redirect", "force-ssl-redirect", "preserve-trailing-slash",
    ]

    /// Reports and records (for the report's statistics) every annotation of every Ingress.
    /// `handled` holds the outcomes of annotations a handler has already reported, by location.
    static func report(
        _ settings: [IngressSettings], ir: inout TranslationIR, allowExperimental: Bool, snippetsAllowed: Bool,
        emitterCarries: Bool = false, handled: [SourceLocation: AnnotationOutcome.Status] = [:], findings: inout FindingList
    ) {
        let prefix = IngressNGINXProvider.annotationPrefix
        // One outcome per annotation: the list is sized once rather than grown by doubling.
        ir.annotationOutcomes.reserveCapacity(ir.annotationOutcomes.count + settings.reduce(0) { $0 + $1.ingress.meta.annotations.count })
        for setting in settings {
            for annotation in setting.ingress.meta.annotations where annotation.key.hasPrefix(prefix) {
                let key = String(annotation.key.dropFirst(prefix.count))
                let status = outcome(
                    key, setting, annotation, allowExperimental: allowExperimental, snippetsAllowed: snippetsAllowed, emitterCarries: emitterCarries,
                    handled: handled[annotation.location], &findings)
                ir.recordAnnotation(annotation, of: setting.ingress, provider: "ingress-nginx", status: status)
            }
        }
    }

    private static func outcome(
        _ key: String, _ setting: IngressSettings, _ annotation: Annotation, allowExperimental: Bool, snippetsAllowed: Bool,
        emitterCarries: Bool, handled: AnnotationOutcome.Status?, _ findings: inout FindingList
    ) -> AnnotationOutcome.Status {
        if setting.isCanary && !canaryKeys.contains(key) && !keptOnCanary.contains(key) {
            add(.nginxAnnotationIgnored, setting, annotation, "\(annotation.key) on a canary Ingress is ignored by the controller (the primary's settings apply)", &findings)
            return .ignored
        }
        if !setting.isCanary && canaryKeys.contains(key) && key != "canary" {
            add(.nginxAnnotationIgnored, setting, annotation, "\(annotation.key) takes effect only on a canary Ingress", &findings)
            return .ignored
        }
        if let handled { return handled }
        if setting.ingress.rules.isEmpty, setting.ingress.defaultBackend != nil, notOnCatchAllRoot.contains(key) {
            add(
                .nginxAnnotationIgnored, setting, annotation,
                "\(annotation.key) has no effect here: the Ingress has only a default backend, which serves the catch-all server, and the controller keeps that root location's own redirect and rewrite settings",
                &findings)
            return .ignored
        }
        guard let spec = IngressNGINXCatalog.byKey[key] else {
            add(.nginxUnknownAnnotation, setting, annotation, "\(annotation.key) is not an ingress-nginx annotation; the controller ignores it (a typo?)", &findings)
            return .ignored
        }
        if booleanKeys.contains(key), BoolAnnotation.parse(annotation.value) == nil {
            return .ignored  // the controller replaces an unreadable boolean with its default (reported where read)
        }
        switch spec.status {
        case .translated: return .translated
        case .approximated: return .approximated
        case .experimental: return allowExperimental ? .approximated : .unsupported
        case .noEffect:
            add(.nginxNoEffectAnnotation, setting, annotation, "\(annotation.key) has no effect on current controllers (\(lowercasedFirst(spec.note))); nothing is generated", &findings)
            return .ignored
        case .emitterOnly:
            // Carried as a policy intent: the emitter carries it (with reported differences) or
            // reports that it cannot.
            return emitterCarries ? .approximated : .unsupported
        case .unsupported:
            unsupported(spec, setting, annotation, snippetsAllowed: snippetsAllowed, &findings)
            return .unsupported
        }
    }

    private static func unsupported(
        _ spec: AnnotationSpec, _ setting: IngressSettings, _ annotation: Annotation, snippetsAllowed: Bool, _ findings: inout FindingList
    ) {
        if IngressNGINXCatalog.snippets.contains(spec.key) {
            let snippet = annotation.value.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
            findings.add(
                Finding(
                    .nginxSnippet, severity: IngressNGINXCatalog.securityControls.contains(spec.key) ? .error : nil,
                    provider: "ingress-nginx", object: setting.ingress.ref, at: annotation.location,
                    message: "\(annotation.key) holds raw nginx configuration that has no Gateway API equivalent; port it by hand:\n\(snippet)",
                    hint: snippetsAllowed
                        ? "the controller ConfigMap enables allow-snippet-annotations, so this snippet was in effect"
                        : "the controller runs snippets only when its ConfigMap sets allow-snippet-annotations: \"true\" (off by default); if it was off, this snippet was inert"))
            return
        }
        let security = IngressNGINXCatalog.securityControls.contains(spec.key)
        findings.add(
            Finding(
                security ? .nginxDroppedSecurityControl : .nginxUntranslatedAnnotation, provider: "ingress-nginx",
                object: setting.ingress.ref, at: annotation.location,
                message: "\(annotation.key) is not translated (\(lowercasedFirst(spec.note)))\(security ? "; without it the paths are open to requests it used to refuse" : "")",
                hint: "Gateway API: \(spec.becomes)"))
    }

    private static func add(_ code: FindingCode, _ setting: IngressSettings, _ annotation: Annotation, _ message: String, _ findings: inout FindingList) {
        findings.add(Finding(code, provider: "ingress-nginx", object: setting.ingress.ref, at: annotation.location, message: message))
    }

    private static func lowercasedFirst(_ text: String) -> String {
        var trimmed = text
        if trimmed.hasSuffix(".") { trimmed.removeLast() }
        guard let first = trimmed.first else { return trimmed }
        return first.lowercased() + trimmed.dropFirst()
    }
}
