import MigrationCore

/// GRPCRoutes (Gateway API v1.6.1, GRPCRoute), for requests that are gRPC calls: `POST` with
/// a `Content-Type` of `application/grpc…` and the path `/<service>/<method>`.
///
/// - A rule matches when one of its method matches names the call's service (and method,
///   when given) exactly and its header matches hold; a rule without matches takes every call.
/// - Precedence among the routes with the most specific matching hostname: the most
///   characters in the matched service, then in the matched method, then the most header
///   matches, then the oldest route and `namespace/name`, then the first rule.
/// - The rule's filters and backends run as an HTTPRoute rule's (``RuleExecution``).
///
/// Not modelled: the rule that a listener accepts only one of an HTTPRoute and a GRPCRoute
/// with intersecting hostnames; here gRPC calls go to GRPCRoutes when one serves the host,
/// and to HTTPRoutes otherwise.
enum GRPCRouting {
    /// Whether the request is a gRPC call.
    static func isCall(_ request: ProbeRequest) -> Bool {
        request.method == "POST" && request.header("Content-Type")?.lowercased().hasPrefix("application/grpc") == true
    }

    /// The service and method of a call's path.
    static func call(_ path: String) -> (service: String, method: String)? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].isEmpty, !parts[1].isEmpty, !parts[2].isEmpty else { return nil }
        return (String(parts[1]), String(parts[2]))
    }

    struct Candidate {
        var route: GRPCRoute
        var ruleIndex: Int
        var key: [Int]
    }

    /// The decision among the GRPCRoutes `ranked` (already those with the most specific
    /// hostname); nil when none has a rule for the call.
    static func decide(
        _ request: ProbeRequest, routes: [GRPCRoute], configuration: GatewayAPIConfiguration, listener: EffectiveListener
    ) -> RoutingDecision? {
        guard let call = call(request.path) else { return nil }
        var candidates: [Candidate] = []
        for route in routes {
            for (ruleIndex, rule) in route.rules.enumerated() {
                guard headersHold(rule.headers, request) else { continue }
                if rule.methods.isEmpty {
                    candidates.append(Candidate(route: route, ruleIndex: ruleIndex, key: [0, 0, rule.headers.count]))
                }
                for method in rule.methods where method.service == call.service && (method.method == nil || method.method == call.method) {
                    candidates.append(Candidate(route: route, ruleIndex: ruleIndex, key: [method.service.count, method.method?.count ?? 0, rule.headers.count]))
                }
            }
        }
        guard let best = candidates.min(by: precedes) else { return nil }
        let rule = best.route.rules[best.ruleIndex]
        let asHTTP = HTTPRouteRule(filters: rule.filters, backendRefs: rule.backendRefs)
        let route = HTTPRoute(meta: best.route.meta, parentRefs: best.route.parentRefs, hostnames: best.route.hostnames, rules: [asHTTP])
        var execution = RuleExecution(
            configuration: configuration, route: route, rule: asHTTP, match: HTTPRouteMatch(pathType: .pathPrefix, path: "/"),
            request: request, listenerPort: listener.listener.port)
        execution.routeKind = "GRPCRoute"
        return RoutingDecision(
            execution.outcome(), decidedBy: "GRPCRoute \(best.route.meta.namespace)/\(best.route.meta.name) rule \(best.ruleIndex + 1) on \(listener.label)")
    }

    private static func headersHold(_ headers: [HeaderMatch], _ request: ProbeRequest) -> Bool {
        headers.allSatisfy { header in
            guard let value = request.header(header.name) else { return false }
            return header.isRegularExpression ? RegularExpressionDialect.fullMatch(header.value, value) : value == header.value
        }
    }

    private static func precedes(_ lhs: Candidate, _ rhs: Candidate) -> Bool {
        for (a, b) in zip(lhs.key, rhs.key) where a != b { return a > b }
        let left = (lhs.route.meta.creationTimestamp ?? "", lhs.route.meta.namespace, lhs.route.meta.name)
        let right = (rhs.route.meta.creationTimestamp ?? "", rhs.route.meta.namespace, rhs.route.meta.name)
        if left != right { return left < right }
        return lhs.ruleIndex < rhs.ruleIndex
    }
}
