import MigrationCore

/// `proxy-connect-timeout`, `proxy-send-timeout` and `proxy-read-timeout`.
///
/// ingress-nginx's read and send timeouts limit the *idle* time between two reads or writes
/// (60 s by default); nothing limits a request's total time, so a slow download that keeps
/// sending runs for as long as it needs. Gateway API only has total-time timeouts, and many
/// implementations default to 15 s. Paths of an Ingress that tunes these timeouts therefore
/// get `timeouts.request: 0s` (no total limit, as in ingress-nginx), and the idle limits are
/// reported, since no standard field holds them.
enum Timeouts {
    static let keys = ["proxy-connect-timeout", "proxy-send-timeout", "proxy-read-timeout"]

    static func apply(to ir: inout TranslationIR, settings: [IngressSettings], owners: RuleOwners, findings: inout FindingList) {
        var tuned = Set<Int>()
        for (index, setting) in settings.enumerated() where !setting.isCanary {
            let values = keys.compactMap { key in setting.integer(key, findings: &findings).map { (key, $0) } }
            guard let first = values.first else { continue }
            tuned.insert(index)
            let described = values.map { "\($0.0.dropFirst(6)) \($0.1.value) s" }.joined(separator: ", ")
            Canary.report(.nginxTimeoutApproximated, setting, first.1.annotation.location,
                          "\(described): ingress-nginx limited idle time, not total time; the paths get no total time limit (timeouts.request: 0s) and the idle limits have no Gateway API field", &findings)
        }
        if !tuned.isEmpty {
            ir.updateRules(ofIngressesWhere: tuned.contains, owners: owners) { _, rule in
                if !rule.isRedirect { rule.requestTimeout = "0s" }
            }
        }
        reportDefaults(ir, tuned: tuned, findings: &findings)
    }

    /// One note per Gateway whose paths keep the implementation's default timeout.
    private static func reportDefaults(_ ir: TranslationIR, tuned: Set<Int>, findings: inout FindingList) {
        // The first untuned rule of each Gateway, in group order. Rules are read where they
        // are stored; a group's key and rule are copied only when they become the first.
        var first: [GatewayKey: (group: RouteGroupKey, rule: RouteRuleIR)] = [:]
        for position in ir.groups.indices {
            let untuned = ir.groups.values[position].rules.withUnsafeBufferPointer { rules in
                rules.indices.first { !tuned.contains(rules[$0].source.ingressIndex) && !rules[$0].isRedirect }
            }
            guard let untuned else { continue }
            let key = ir.groups.keys[position]
            if let current = first[key.server.gateway], current.group < key { continue }
            first[key.server.gateway] = (key, ir.groups.values[position].rules[untuned])
        }
        for gateway in first.keys.sorted() {
            let rule = first[gateway]!.rule
            findings.add(
                Finding(
                    .nginxDefaultTimeouts, provider: "ingress-nginx", object: rule.source.object, at: ir.ingresses[rule.source.ingressIndex].location,
                    message: "ingress-nginx put no limit on a request's total time (only 60 s of idle time); Gateway implementations often default to a 15 s total timeout, which the routes of class \(gateway.className) keep",
                    hint: "set timeouts.request on rules whose requests can run longer (\"0s\" removes the limit)"))
        }
    }
}
