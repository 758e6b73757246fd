import MigrationCore

/// `mirror-target`: a copy of every request of the Ingress's paths goes to another URL and its
/// answer is ignored. A URL naming an in-cluster Service (`http://svc.namespace.svc:port`,
/// optionally followed by `$request_uri`) becomes a RequestMirror filter; other URLs, a changed
/// path, `mirror-host` and `mirror-request-body: off` have no equivalent and are reported.
enum Mirror {
    static func apply(to ir: inout TranslationIR, settings: [IngressSettings], owners: RuleOwners, findings: inout FindingList) {
        var mirrors: [Int: BackendRef] = [:]
        for (index, setting) in settings.enumerated() where !setting.isCanary {
            guard let annotation = setting.string("mirror-target") else { continue }
            guard let backend = serviceBackend(annotation.value, namespace: setting.ingress.meta.namespace) else {
                Canary.report(.nginxMirrorUnsupported, setting, annotation.valueLocation,
                              "mirror-target \(annotation.value) is not an in-cluster Service URL ending in $request_uri; RequestMirror can only copy requests unchanged to a Service", &findings)
                continue
            }
            mirrors[index] = backend
            reportDifferences(annotation, setting: setting, findings: &findings)
            for key in ["mirror-host", "mirror-request-body"] {
                if let extra = setting.string(key), !(key == "mirror-request-body" && extra.value == "on") {
                    Canary.report(.nginxMirrorUnsupported, setting, extra.location, "\(extra.key) has no RequestMirror equivalent; mirrored requests keep their Host and body", &findings)
                }
            }
        }
        guard !mirrors.isEmpty else { return }
        ir.updateRules(ofIngressesWhere: { mirrors[$0] != nil }, owners: owners) { key, rule in
            guard !rule.isRedirect, var mirror = mirrors[rule.source.ingressIndex] else { return }
            if mirror.namespace == key.namespace { mirror.namespace = nil }
            rule.filters.append(.requestMirror(RequestMirror(backend: mirror)))
        }
    }

    /// What the controller's mirror did differently from a RequestMirror for a Service URL: without
    /// `$request_uri` the copies went out with nginx's internal mirror location as their path,
    /// and a single-label host name is not resolved by nginx's resolver, so no copy was sent.
    private static func reportDifferences(_ annotation: Annotation, setting: IngressSettings, findings: inout FindingList) {
        let url = annotation.value.trimmingCharacters(in: .whitespaces)
        if !url.hasSuffix("$request_uri") {
            Canary.report(.nginxMirrorUnsupported, setting, annotation.valueLocation,
                          "mirror-target has no $request_uri: ingress-nginx sent the copies with its internal mirror location (/_mirror-…) as their path; the RequestMirror sends the request's own path", &findings)
        }
        let host = url.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first.map { String($0.split(separator: ":").first ?? $0) } ?? ""
        if !host.isEmpty, !host.contains(".") {
            Canary.report(.nginxMirrorUnsupported, setting, annotation.valueLocation,
                          "mirror-target names \(host) without its namespace: nginx's resolver does not search the cluster domains, so ingress-nginx sent no copies; the RequestMirror sends them to Service \(host) of \(setting.ingress.meta.namespace)", &findings)
        }
    }

    /// `scheme://name[.namespace[.svc[.cluster.local]]][:port][$request_uri]` as a Service port.
    static func serviceBackend(_ url: String, namespace: String) -> BackendRef? {
        var text = url.trimmingCharacters(in: .whitespaces)
        let scheme: String
        if text.hasPrefix("http://") { scheme = "http"; text.removeFirst(7) } else if text.hasPrefix("https://") { scheme = "https"; text.removeFirst(8) } else { return nil }
        if text.hasSuffix("$request_uri") { text.removeLast("$request_uri".count) }
        if text.hasSuffix("/") { text.removeLast() }
        guard !text.contains("/"), !text.contains("$") else { return nil }
        var port = scheme == "https" ? 443 : 80
        if let colon = text.lastIndex(of: ":") {
            guard let number = Int(text[text.index(after: colon)...]) else { return nil }
            port = number
            text = String(text[..<colon])
        }
        var labels = text.lowercased().split(separator: ".").map(String.init)
        if labels.suffix(2) == ["cluster", "local"] { labels.removeLast(2) }
        if labels.last == "svc" { labels.removeLast() }
        guard (1...2).contains(labels.count), labels.allSatisfy({ HostValidation.problem(with: $0) == nil }) else { return nil }
        return BackendRef(name: labels[0], namespace: labels.count == 2 ? labels[1] : namespace, port: port)
    }
}
