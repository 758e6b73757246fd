import MigrationCore

/// Host-wide regex mode and `rewrite-target`.
///
/// When any Ingress with paths on a host has `use-regex: "true"`, or a `rewrite-target` other
/// than its path as the configuration writes it (a `Prefix` path gains a trailing `/`, so
/// `rewrite-target: /p` on Prefix `/p` counts), ingress-nginx turns *every* path of that host, from every Ingress, into a
/// case-insensitive regex anchored at the start (`~* ^<path>`), tried longest first. The Gateway
/// keeps the paths' literal prefixes as `PathPrefix` matches (whole segments, case-sensitive)
/// and uses a `(?i)` regular expression only for real patterns; the difference is reported.
/// Canary Ingresses take no part: the controller ignores their other annotations.
enum RegexMode {
    /// Converts every regex-mode host and returns those hosts.
    @discardableResult
    static func apply(to ir: inout TranslationIR, settings: [IngressSettings], findings: inout FindingList) -> Set<ServerKey> {
        var regexHosts = Set<ServerKey>()
        let asking = settings.map { !$0.isCanary && ($0.annotation("use-regex") != nil || $0.string("rewrite-target") != nil) }
        for serverKey in ir.serverKeys(withRuleWhere: { asking[$0.source.ingressIndex] }) {
            let rules = ir.rules(of: serverKey)
            let triggers = rules.lazy.compactMap { rule -> (Annotation, ObjectRef)? in
                let setting = settings[rule.source.ingressIndex]
                if setting.isCanary || rule.isCatchAllRoot(of: serverKey) { return nil }
                if let regex = setting.annotation("use-regex"), regex.value == "true" { return (regex, setting.ingress.ref) }
                if let target = setting.string("rewrite-target"), target.value != writtenPath(of: rule) { return (target, setting.ingress.ref) }
                return nil
            }
            guard let (trigger, triggerIngress) = triggers.first else { continue }
            let host = serverKey.host.isEmpty ? "the catch-all host" : serverKey.host
            findings.add(
                Finding(
                    .nginxRegexMode, provider: "ingress-nginx", object: triggerIngress, at: trigger.location,
                    message: "\(trigger.key) puts every path of \(host) (\(Plural.count(rules.count, "path", "paths"))) in regex mode: nginx matched them case-insensitively as character prefixes; the Gateway matches their literal prefixes case-sensitively by path segment"))
            convert(serverKey, in: &ir, settings: settings, findings: &findings)
            regexHosts.insert(serverKey)
        }
        return regexHosts
    }

    /// The location path the controller writes for a rule before regex mode is decided: a
    /// prefix path other than `/` ends with `/`.
    private static func writtenPath(of rule: RouteRuleIR) -> String {
        let path = rule.match.path
        let isExact = rule.source.ingressPathType == "Exact"
        return isExact || path.hasSuffix("/") ? path : path + "/"
    }

    private static func convert(_ serverKey: ServerKey, in ir: inout TranslationIR, settings: [IngressSettings], findings: inout FindingList) {
        var seen: [HTTPRouteMatch: (length: Int, group: RouteGroupKey, index: Int)] = [:]
        var shadowed: [(RouteGroupKey, Int)] = []
        for namespace in ir.servers[serverKey]!.namespaces {
            let groupKey = RouteGroupKey(server: serverKey, namespace: namespace)
            guard let group = ir.groups[groupKey] else { continue }
            for index in group.rules.indices {
                var rule = group.rules[index]
                let original = rule.match.path
                let regexPath = RegexPath(original)
                switch regexPath.match {
                case .prefix(let prefix): rule.match = HTTPRouteMatch(pathType: .pathPrefix, path: prefix, headers: rule.match.headers)
                case .regex(let pattern): rule.match = HTTPRouteMatch(pathType: .regularExpression, path: pattern, headers: rule.match.headers)
                }
                let setting = settings[rule.source.ingressIndex]
                if let difference = regexPath.matchDifference {
                    report(.nginxRegexPathApproximated, setting, rule.source.location, "path \"\(original)\": \(difference)", &findings)
                }
                if !setting.isCanary, !rule.isCatchAllRoot(of: serverKey), let target = setting.string("rewrite-target") {
                    applyRewrite(target, path: regexPath, original: original, to: &rule, setting: setting, findings: &findings)
                }
                ir.groups[groupKey]!.rules[index] = rule
                if let earlier = seen[rule.match] {
                    shadowed.append(earlier.length >= original.count ? (groupKey, index) : (earlier.group, earlier.index))
                    if earlier.length < original.count { seen[rule.match] = (original.count, groupKey, index) }
                } else {
                    seen[rule.match] = (original.count, groupKey, index)
                }
            }
        }
        for (groupKey, index) in shadowed.sorted(by: { ($0.0, $0.1) > ($1.0, $1.1) }) {
            let rule = ir.groups[groupKey]!.rules.remove(at: index)
            report(
                .nginxRegexPathApproximated, settings[rule.source.ingressIndex], rule.source.location,
                "path matches the same requests as a longer pattern of the host once made a Gateway match; nginx tried the longer pattern first, so this rule was dropped",
                &findings)
        }
    }

    private static func applyRewrite(
        _ target: Annotation, path: RegexPath, original: String, to rule: inout RouteRuleIR, setting: IngressSettings,
        findings: inout FindingList
    ) {
        switch RewriteTarget.translate(target.value, for: path) {
        case .rewrite(let modifier, let difference):
            if case .replacePrefixMatch = modifier, rule.match.pathType != .pathPrefix {
                report(.nginxRewriteInexpressible, setting, target.valueLocation,
                       "rewrite-target \"\(target.value)\" on path \"\(original)\" needs a prefix match; the path is a pattern, so the rule is not rewritten", &findings)
                return
            }
            rule.rewritePath(modifier)
            if let difference {
                report(.nginxRewriteApproximated, setting, target.valueLocation, "rewrite-target \"\(target.value)\" on path \"\(original)\": \(difference)", &findings)
            }
            if let prefix = setting.string("x-forwarded-prefix") { rule.setRequestHeader("X-Forwarded-Prefix", prefix.value) }
        case .inexpressible(let reason):
            report(.nginxRewriteInexpressible, setting, target.valueLocation,
                   "rewrite-target \"\(target.value)\" on path \"\(original)\" cannot be translated: \(reason); the backend would receive the original path", &findings)
        }
    }

    private static func report(_ code: FindingCode, _ setting: IngressSettings, _ location: SourceLocation, _ message: String, _ findings: inout FindingList) {
        findings.add(Finding(code, provider: "ingress-nginx", object: setting.ingress.ref, at: location, message: message))
    }
}
