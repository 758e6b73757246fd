import MigrationCore

/// TLSRoutes on a TLS listener (Gateway API v1.6.1, TLSRoute): the connection is routed by its
/// SNI alone to the backends of the route with the most specific matching hostname (then the
/// oldest, then `namespace/name`), by weight; the backend receives the request untouched. A
/// TLS listener with no route for the name completes no HTTP exchange.
enum TLSRouting {
    static func decide(
        _ request: ProbeRequest, attached: [AttachedRoute], configuration: GatewayAPIConfiguration, listener: EffectiveListener
    ) -> RoutingDecision {
        let ranked = attached.compactMap { entry in
            HostnameMatching.routeRank(entry.hostnames, hostname: request.hostname).map { (route: configuration.tlsRoutes[entry.routeIndex], rank: $0) }
        }
        guard let top = ranked.map(\.rank).max(by: <) else {
            return RoutingDecision(.refused(reason: "no TLSRoute on \(listener.label) serves \(request.hostname)"), decidedBy: listener.label)
        }
        let route = ranked.filter { $0.rank == top }.map(\.route).min {
            ($0.meta.creationTimestamp ?? "", $0.meta.namespace, $0.meta.name) < ($1.meta.creationTimestamp ?? "", $1.meta.namespace, $1.meta.name)
        }!
        let decidedBy = "TLSRoute \(route.meta.namespace)/\(route.meta.name) on \(listener.label)"
        var shares: [BackendShare] = []
        for backend in route.backendRefs where (backend.weight ?? 1) > 0 {
            let target: BackendShare.Target
            switch BackendResolution.resolve(backend, routeNamespace: route.meta.namespace, routeKind: "TLSRoute", configuration: configuration) {
            case .service(let service): target = .service(service)
            case .invalid(let reason): target = .failure(statusCode: 500, reason: reason)
            }
            shares.append(BackendShare(target: target, weight: backend.weight ?? 1, upstream: UpstreamRequest(request)))
        }
        guard shares.contains(where: { if case .service = $0.target { true } else { false } }) else {
            return RoutingDecision(.refused(reason: "the TLSRoute has no usable backend"), decidedBy: decidedBy)
        }
        return RoutingDecision(.forwarded(Forwarding(shares: shares)), decidedBy: decidedBy)
    }
}
