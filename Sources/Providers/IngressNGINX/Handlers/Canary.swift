import MigrationCore

/// Canary Ingresses (`canary: "true"`) add an alternative backend to a primary path with the same
/// host, path and pathType. The controller attaches the canary to the primary path's upstream
/// (its Service and port), not to the path: every location that upstream serves, on any host,
/// splits its traffic the same way, and an upstream takes one canary (the first one, oldest
/// Ingress first). ingress-nginx decides per request, in order: the header (`canary-by-header`:
/// `always` → canary, `never` → primary; or `canary-by-header-value`/`-pattern` → canary when it
/// matches), then the cookie (`canary-by-cookie`: `always`/`never`), then `canary-weight` out of
/// `canary-weight-total`. That order is rebuilt as rules in place of each affected rule: header
/// rules, then cookie rules (a regular expression on the Cookie header, reported), then the
/// weighted rule. The location's filters apply to canary traffic too, as the canary shares it.
enum Canary {
    /// One canary attached to a primary upstream.
    private struct Attachment {
        var setting: IngressSettings
        var backend: BackendRef
        var primary: (group: RouteGroupKey, rule: Int)
    }

    static func apply(to ir: inout TranslationIR, settings: [IngressSettings], context: ProviderContext, findings: inout FindingList) {
        var attachments: [String: Attachment] = [:]
        let gateways = Set(ir.servers.keys.map(\.gateway))
        for (index, setting) in settings.enumerated() where setting.isCanary {
            let canary = setting.ingress
            // The Gateway of the canary's class: the shared one, or the one of its namespace.
            let shared = GatewayKey(className: ir.classNames[index])
            let own = GatewayKey(className: ir.classNames[index], namespace: canary.meta.namespace)
            let gateway = gateways.contains(shared) || !gateways.contains(own) ? shared : own
            for rule in canary.rules {
                for path in rule.paths {
                    let value = (path.path?.value).flatMap { $0.isEmpty ? nil : $0 } ?? "/"
                    let server = ServerKey(gateway: gateway, host: rule.hostName.lowercased())
                    attach(setting, backend: path.backend, at: path.location, server: server, path: value, type: normalized(path.pathType?.value),
                           in: ir, context: context, attachments: &attachments, findings: &findings)
                }
            }
            if let backend = canary.defaultBackend {
                attach(setting, backend: backend, at: backend.location, server: ServerKey(gateway: gateway, host: ""), path: "/",
                       type: "Prefix", in: ir, context: context, attachments: &attachments, findings: &findings)
            }
        }
        guard !attachments.isEmpty else { return }
        expand(&ir, attachments: attachments, findings: &findings)
    }

    private static func normalized(_ type: String?) -> String {
        type == "Exact" ? "Exact" : "Prefix"
    }

    /// The upstream a rule sends its traffic to, when it has exactly one backend.
    private static func upstream(of rule: RouteRuleIR, in namespace: String) -> String? {
        guard rule.backends.count == 1, let backend = rule.backends.first else { return nil }
        return "\(backend.namespace ?? namespace)/\(backend.name):\(backend.port.map(String.init) ?? "")"
    }

    private static func attach(
        _ setting: IngressSettings, backend: IngressBackend, at location: SourceLocation, server: ServerKey, path: String, type: String,
        in ir: TranslationIR, context: ProviderContext, attachments: inout [String: Attachment], findings: inout FindingList
    ) {
        let ingress = setting.ingress
        guard let namespaces = ir.servers[server]?.namespaces,
            let (groupKey, ruleIndex) = primary(in: ir, server: server, namespaces: namespaces, namespace: ingress.meta.namespace, path: path, type: type)
        else {
            report(.nginxCanaryWithoutPrimary, setting, location, "canary path \"\(path)\" has no primary Ingress path with the same host, path and pathType in namespace \(ingress.meta.namespace); the controller ignores it", &findings)
            return
        }
        let primaryRule = ir.groups[groupKey]!.rules[ruleIndex]
        guard let upstream = upstream(of: primaryRule, in: groupKey.namespace) else { return }
        if let earlier = attachments[upstream] {
            let owner = earlier.setting.ingress.ref.description
            report(.nginxCanaryWithoutPrimary, setting, location, "the primary path \"\(path)\" sends its traffic to \(upstream), which already has a canary (\(owner)); the controller uses one canary per Service port, so this one is ignored", &findings)
            return
        }
        guard var canaryRef = context.backendRef(for: backend, namespace: ingress.meta.namespace) else {
            report(.unresolvedPort, setting, location, "the canary backend cannot be resolved to a Service port from the input; the canary was not translated", &findings)
            return
        }
        canaryRef.weight = nil
        attachments[upstream] = Attachment(setting: setting, backend: canaryRef, primary: (groupKey, ruleIndex))
    }

    /// Replaces every rule that sends its traffic to an upstream with a canary by the canary's
    /// rules, and says where the canary reaches beyond the path it was written for.
    private static func expand(_ ir: inout TranslationIR, attachments: [String: Attachment], findings: inout FindingList) {
        for position in ir.groups.indices {
            let key = ir.groups.keys[position]
            let rules = ir.groups.values[position].rules
            guard rules.contains(where: { upstream(of: $0, in: key.namespace).flatMap { attachments[$0] } != nil }) else { continue }
            var expanded: [RouteRuleIR] = []
            for (index, rule) in rules.enumerated() {
                guard !rule.isRedirect, let upstream = upstream(of: rule, in: key.namespace), let attachment = attachments[upstream] else {
                    expanded.append(rule)
                    continue
                }
                expanded += canaryRules(attachment, primary: rule, findings: &findings)
                if attachment.primary.group != key || attachment.primary.rule != index {
                    let host = key.server.host.isEmpty ? "the default backend" : key.server.host
                    findings.add(
                        Finding(
                            .nginxCanarySharedUpstream, provider: "ingress-nginx", object: rule.source.object, at: rule.source.location,
                            message: "\(host) path \"\(rule.match.path)\" also gets the canary of \(attachment.setting.ingress.ref): ingress-nginx attaches a canary to the primary's Service port (\(upstream)), so every path served by it splits its traffic the same way"))
                }
            }
            ir.groups.values[position].rules = expanded
        }
    }

    /// The header, cookie and weighted rules that replace one rule served by the canary's upstream.
    private static func canaryRules(_ attachment: Attachment, primary primaryRule: RouteRuleIR, findings: inout FindingList) -> [RouteRuleIR] {
        let setting = attachment.setting
        var rules: [RouteRuleIR] = []
        rules += headerRules(setting, primary: primaryRule, canary: attachment.backend, findings: &findings)
        rules += cookieRules(setting, primary: primaryRule, canary: attachment.backend, findings: &findings)
        var weighted = primaryRule
        let (weight, total) = weights(setting, findings: &findings)
        if weight > 0 {
            var primaries = primaryRule.backends
            for index in primaries.indices { primaries[index].weight = total - weight }
            var canaryWeighted = attachment.backend
            canaryWeighted.weight = weight
            weighted.backends = (weight >= total ? [] : primaries) + [canaryWeighted]
        }
        rules.append(weighted)
        return rules
    }

    private static func primary(
        in ir: TranslationIR, server: ServerKey, namespaces: [String], namespace: String, path: String, type: String
    ) -> (RouteGroupKey, Int)? {
        let key = RouteGroupKey(server: server, namespace: namespace)
        guard let group = ir.groups[key] else { return nil }
        let index = group.rules.firstIndex {
            $0.match.path == path && $0.match.headers.isEmpty && $0.source.ingressPathType != "defaultBackend"
                && normalized($0.source.ingressPathType) == type
        }
        return index.map { (key, $0) }
    }

    private static func weights(_ setting: IngressSettings, findings: inout FindingList) -> (weight: Int, total: Int) {
        var total = 100
        if let written = setting.integer("canary-weight-total", findings: &findings), written.value > 100 { total = written.value }
        guard let written = setting.integer("canary-weight", findings: &findings) else { return (0, total) }
        guard written.value >= 0 else {
            setting.invalid(written.annotation, "is negative", findings: &findings)
            return (0, total)
        }
        return (min(written.value, total), total)
    }

    static func report(_ code: FindingCode, _ setting: IngressSettings, _ location: SourceLocation, _ message: String, _ findings: inout FindingList) {
        findings.add(Finding(code, provider: "ingress-nginx", object: setting.ingress.ref, at: location, message: message))
    }
}
