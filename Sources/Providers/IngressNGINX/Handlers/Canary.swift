import MigrationCore

/// Canary Ingresses (`canary: "true"`) add an alternative backend to the primary Ingress's
/// rule with the same host, path and pathType. ingress-nginx decides per request, in order:
/// the header (`canary-by-header`: `always` → canary, `never` → primary; or
/// `canary-by-header-value`/`-pattern` → canary when it matches), then the cookie
/// (`canary-by-cookie`: `always`/`never`), then `canary-weight` out of `canary-weight-total`.
/// That order is rebuilt as rules inside the primary's route: header rules, then cookie rules
/// (a regular expression on the Cookie header, reported), then the weighted rule. The primary's
/// filters apply to canary traffic too, as the canary shares the primary's location.
enum Canary {
    static func apply(to ir: inout TranslationIR, settings: [IngressSettings], context: ProviderContext, findings: inout FindingList) {
        var taken = Set<String>()
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
                    let type = normalized(path.pathType?.value)
                    let server = ServerKey(gateway: gateway, host: rule.hostName.lowercased())
                    attach(setting, backend: path.backend, at: path.location, server: server, path: value, type: type,
                           in: &ir, context: context, taken: &taken, findings: &findings)
                }
            }
            if let backend = canary.defaultBackend {
                attach(setting, backend: backend, at: backend.location, server: ServerKey(gateway: gateway, host: ""), path: "/",
                       type: "Prefix", in: &ir, context: context, taken: &taken, findings: &findings)
            }
        }
    }

    private static func normalized(_ type: String?) -> String {
        type == "Exact" ? "Exact" : "Prefix"
    }

    private static func attach(
        _ setting: IngressSettings, backend: IngressBackend, at location: SourceLocation, server: ServerKey, path: String, type: String,
        in ir: inout TranslationIR, context: ProviderContext, taken: inout Set<String>, findings: inout FindingList
    ) {
        let ingress = setting.ingress
        guard let namespaces = ir.servers[server]?.namespaces,
            let (groupKey, ruleIndex) = primary(in: ir, server: server, namespaces: namespaces, namespace: ingress.meta.namespace, path: path, type: type)
        else {
            report(.nginxCanaryWithoutPrimary, setting, location, "canary path \"\(path)\" has no primary Ingress path with the same host, path and pathType in namespace \(ingress.meta.namespace); the controller ignores it", &findings)
            return
        }
        guard taken.insert("\(groupKey.server.host)|\(groupKey.namespace)|\(ruleIndex)").inserted else {
            report(.nginxCanaryWithoutPrimary, setting, location, "path \"\(path)\" already has a canary; the controller uses one canary per path, so this one is ignored", &findings)
            return
        }
        guard var canaryRef = context.backendRef(for: backend, namespace: ingress.meta.namespace) else {
            report(.unresolvedPort, setting, location, "the canary backend cannot be resolved to a Service port from the input; the canary was not translated", &findings)
            return
        }
        let primaryRule = ir.groups[groupKey]!.rules[ruleIndex]
        guard !primaryRule.isRedirect else { return }
        var rules: [RouteRuleIR] = []
        canaryRef.weight = nil
        rules += headerRules(setting, primary: primaryRule, canary: canaryRef, findings: &findings)
        rules += cookieRules(setting, primary: primaryRule, canary: canaryRef, findings: &findings)
        var weighted = primaryRule
        let (weight, total) = weights(setting, findings: &findings)
        if weight > 0 {
            var primaries = primaryRule.backends
            for index in primaries.indices { primaries[index].weight = total - weight }
            var canaryWeighted = canaryRef
            canaryWeighted.weight = weight
            weighted.backends = (weight >= total ? [] : primaries) + [canaryWeighted]
        }
        rules.append(weighted)
        ir.groups[groupKey]!.rules.replaceSubrange(ruleIndex...ruleIndex, with: rules)
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
