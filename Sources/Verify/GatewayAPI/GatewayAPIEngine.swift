import MigrationCore

/// What a conformant Gateway API implementation does with a request sent to one Gateway's
/// address, following the Gateway API v1.6.1 specification text:
///
/// 1. **Listener**: among the Gateway's usable listeners (its own and its ListenerSets') on
///    the request's port whose protocol fits the scheme (HTTP for `http`, HTTPS or TLS for
///    `https`, a TLS listener then routing by SNI with TLSRoutes, ``TLSRouting``),
///    the one whose hostname matches the host most specifically (exact, then the wildcard with
///    the most labels after `*`, then no hostname). Nothing on the port: no answer. No listener
///    hostname matches: 404. An HTTPS listener that cannot use its certificate: no answer.
/// 2. **Routes**: the HTTPRoutes attached to that listener (``RouteAttachment``) whose
///    hostnames (intersected with the listener's) match the host; only those with the most
///    specific matching hostname compete (an exact hostname over a wildcard, longer over
///    shorter, any hostname over none).
/// 3. **Match**: of all their rules' matches that accept the request, the first in
///    ``MatchPrecedence`` order. None: 404. A gRPC call goes to the listener's GRPCRoutes
///    when one serves the host (``GRPCRouting``).
/// 4. **Rule**: its filters and backends (``RuleExecution``).
public struct GatewayAPIEngine: Sendable {
    /// The configuration.
    public let configuration: GatewayAPIConfiguration
    private let listeners: ListenerTable
    private let listenerIndexes: [ObjectRef: ListenerIndex]
    /// For listeners with many HTTPRoutes, by Gateway and listener position.
    private let routeIndexes: [ObjectRef: [Int: AttachedRouteIndex]]
    private let attachment: RouteAttachment
    private let grpcAttachment: RouteAttachment
    private let tlsAttachment: RouteAttachment

    /// Prepares the engine: effective listeners and route attachment are computed once.
    public init(_ configuration: GatewayAPIConfiguration) {
        self.configuration = configuration
        listeners = ListenerTable(configuration)
        listenerIndexes = listeners.listeners.mapValues(ListenerIndex.init)
        attachment = RouteAttachment(configuration, listeners: listeners)
        routeIndexes = attachment.routes.mapValues { perListener in
            var indexes: [Int: AttachedRouteIndex] = [:]
            for (position, attached) in perListener where attached.count >= AttachedRouteIndex.minimumRoutes {
                indexes[position] = AttachedRouteIndex(attached, routes: configuration.httpRoutes)
            }
            return indexes
        }
        grpcAttachment = RouteAttachment(configuration.grpcRoutes, configuration: configuration, listeners: listeners)
        tlsAttachment = RouteAttachment(configuration.tlsRoutes, configuration: configuration, listeners: listeners)
    }

    /// The decision for a request sent to the Gateway `namespace/name`.
    public func route(_ request: ProbeRequest, gatewayNamespace: String, gatewayName: String) -> RoutingDecision {
        let gateway = ListenerTable.gatewayRef(name: gatewayName, namespace: gatewayNamespace)
        guard let all = listeners.listeners[gateway], let index = listenerIndexes[gateway] else {
            return RoutingDecision(.refused(reason: "there is no Gateway \(gatewayNamespace)/\(gatewayName)"), decidedBy: "\(gateway)")
        }
        guard let port = index.ports[request.port] else {
            return RoutingDecision(.refused(reason: "nothing listens on port \(request.port)"), decidedBy: "\(gateway)")
        }
        let fitting = request.scheme == .http ? port.http : port.secure
        guard !fitting.isEmpty else {
            let spoken = all[port.first].listener.protocol.rawValue
            return RoutingDecision(.refused(reason: "port \(request.port) speaks \(spoken), not \(request.scheme == .http ? "HTTP" : "HTTPS")"), decidedBy: "\(gateway)")
        }
        let hostname = request.hostname
        // Of the matching listeners, the most specific; the first of them on a tie.
        let matching = fitting.matching(hostname, in: all)
        guard let chosen = matching.max(by: { HostnameMatching.listenerRank(all[$0].listener.hostname) < HostnameMatching.listenerRank(all[$1].listener.hostname) }) else {
            return RoutingDecision(.response(statusCode: 404, reason: "no listener on port \(request.port) accepts host \(hostname)"), decidedBy: "\(gateway)")
        }
        let listener = all[chosen]
        if listener.listener.protocol == .tls {
            let attached = tlsAttachment.routes[gateway]?[chosen] ?? []
            return TLSRouting.decide(request, attached: attached, configuration: configuration, listener: listener)
        }
        if let problem = listener.problem {
            return RoutingDecision(.refused(reason: "\(listener.label) is not usable: \(problem)"), decidedBy: listener.label)
        }
        return routeOnListener(request, gateway: gateway, listenerIndex: chosen, listener: listener)
    }

    private func routeOnListener(_ request: ProbeRequest, gateway: ObjectRef, listenerIndex: Int, listener: EffectiveListener) -> RoutingDecision {
        if GRPCRouting.isCall(request) {
            let ranked = (grpcAttachment.routes[gateway]?[listenerIndex] ?? []).compactMap { entry in
                HostnameMatching.routeRank(entry.hostnames, hostname: request.hostname).map { (entry.routeIndex, $0) }
            }
            if let top = ranked.map(\.1).max(by: <) {
                let routes = ranked.filter { $0.1 == top }.map { configuration.grpcRoutes[$0.0] }
                if let decision = GRPCRouting.decide(request, routes: routes, configuration: configuration, listener: listener) { return decision }
                return RoutingDecision(.response(statusCode: 404, reason: "no GRPCRoute rule matches the call"), decidedBy: listener.label)
            }
        }
        let attached = attachment.routes[gateway]?[listenerIndex] ?? []
        let index = routeIndexes[gateway]?[listenerIndex]
        if let index, let competing = index.exactCompetitors(request.hostname) {
            return decide(request, candidates: indexedCandidates(request, index: index, competing: competing, attached: attached), listener: listener)
        }
        var ranked: [(position: Int, rank: (Int, Int))] = []
        for position in index?.specificRoutes(for: request.hostname) ?? Array(attached.indices) {
            if let rank = HostnameMatching.routeRank(attached[position].hostnames, hostname: request.hostname) { ranked.append((position, rank)) }
        }
        if let index, ranked.isEmpty, !index.everyHostRoutes.isEmpty {
            // No route names the host: the routes for every host compete, all of the same rank.
            return decide(
                request, candidates: indexedCandidates(request, index: index, competing: index.everyHostRoutes, attached: attached),
                listener: listener)
        }
        guard let top = ranked.map(\.rank).max(by: <) else {
            return RoutingDecision(.response(statusCode: 404, reason: "no route on \(listener.label) serves host \(request.hostname)"), decidedBy: listener.label)
        }
        var candidates: [MatchCandidate] = []
        if let index {
            // Only the matches that may accept the path, of the routes with the top rank.
            candidates = indexedCandidates(
                request, index: index, competing: Set(ranked.filter { $0.rank == top }.map(\.position)), attached: attached)
        } else {
            for entry in ranked where entry.rank == top {
                let routeIndex = attached[entry.position].routeIndex
                let route = configuration.httpRoutes[routeIndex]
                for (ruleIndex, rule) in route.rules.enumerated() {
                    let matches = rule.matches.isEmpty ? [HTTPRouteMatch(pathType: .pathPrefix, path: "/")] : rule.matches
                    for (matchIndex, match) in matches.enumerated() where RequestMatching.matches(match, request) {
                        candidates.append(MatchCandidate(routeIndex: routeIndex, ruleIndex: ruleIndex, matchIndex: matchIndex, match: match, route: route))
                    }
                }
            }
        }
        return decide(request, candidates: candidates, listener: listener)
    }

    /// The matches that accept the request among those the index offers for its path, of the
    /// `competing` routes, in scan order.
    private func indexedCandidates(
        _ request: ProbeRequest, index: AttachedRouteIndex, competing: Set<Int>, attached: [AttachedRoute]
    ) -> [MatchCandidate] {
        var candidates: [MatchCandidate] = []
        for entry in index.entries(for: request.path) where competing.contains(entry.position) {
            let routeIndex = attached[entry.position].routeIndex
            let rule = configuration.httpRoutes[routeIndex].rules[entry.ruleIndex]
            let match = rule.matches.isEmpty ? HTTPRouteMatch(pathType: .pathPrefix, path: "/") : rule.matches[entry.matchIndex]
            guard RequestMatching.matches(match, request) else { continue }
            candidates.append(
                MatchCandidate(
                    routeIndex: routeIndex, ruleIndex: entry.ruleIndex, matchIndex: entry.matchIndex, match: match,
                    route: configuration.httpRoutes[routeIndex]))
        }
        return candidates
    }

    /// Step 3 and 4: the best of the matches that accept the request, and its rule's outcome.
    private func decide(_ request: ProbeRequest, candidates: [MatchCandidate], listener: EffectiveListener) -> RoutingDecision {
        guard let best = MatchPrecedence.best(candidates) else {
            return RoutingDecision(.response(statusCode: 404, reason: "no rule matches"), decidedBy: listener.label)
        }
        let execution = RuleExecution(
            configuration: configuration, route: best.route, rule: best.route.rules[best.ruleIndex], match: best.match,
            request: request, listenerPort: listener.listener.port)
        let source = "HTTPRoute \(best.route.meta.namespace)/\(best.route.meta.name) rule \(best.ruleIndex + 1) on \(listener.label)"
        return RoutingDecision(execution.outcome(), decidedBy: source)
    }
}
