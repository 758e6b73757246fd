import MigrationCore

/// What a matched rule does with the request: its filters in order, then its backends.
///
/// - `RequestRedirect` answers at once (see ``RedirectLocation``); a CORS preflight too.
/// - `URLRewrite` changes the upstream host and path; header modifiers apply `set`, then
///   `add` (appending with `,`), then `remove`; `RequestMirror` adds a mirror (when its
///   reference is valid); CORS adds response headers.
/// - A rule with no `backendRefs` answers 500. Each backend gets `weight` (default 1) of the
///   traffic; a share whose reference is invalid (see ``BackendResolution``) is answered with
///   500; when every share is invalid, or every weight is 0, the rule answers 500.
/// - Filters on a backend reference apply only to the requests that backend receives.
struct RuleExecution {
    var configuration: GatewayAPIConfiguration
    var route: HTTPRoute
    var rule: HTTPRouteRule
    var match: HTTPRouteMatch
    var request: ProbeRequest
    var listenerPort: Int
    /// The kind of the route the rule belongs to (a GRPCRoute's rule runs as an HTTPRoute
    /// rule without matches; cross-namespace backends need grants from this kind).
    var routeKind = "HTTPRoute"

    func outcome() -> RoutingOutcome {
        var base = UpstreamRequest(request)
        var responseEdits: [HeaderEdit] = []
        var mirrors: [BackendService] = []
        if let answer = apply(rule.filters, to: &base, responseEdits: &responseEdits, mirrors: &mirrors) { return answer }
        guard !rule.backendRefs.isEmpty else {
            return .response(statusCode: 500, reason: "the rule has no backendRefs")
        }
        var shares: [BackendShare] = []
        for backend in rule.backendRefs {
            var upstream = base
            var edits = responseEdits
            var ignored: [BackendService] = []
            if let answer = apply(backend.filters, to: &upstream, responseEdits: &edits, mirrors: &ignored) { return answer }
            let weight = backend.weight ?? 1
            switch BackendResolution.resolve(backend, routeNamespace: route.meta.namespace, routeKind: routeKind, configuration: configuration) {
            case .service(let service): shares.append(BackendShare(target: .service(service), weight: weight, upstream: upstream))
            case .invalid(let reason): shares.append(BackendShare(target: .failure(statusCode: 500, reason: reason), weight: weight, upstream: upstream))
            }
        }
        let live = shares.filter { $0.weight > 0 }
        if live.isEmpty { return .response(statusCode: 500, reason: "every backend of the rule has weight 0") }
        if live.allSatisfy({ if case .failure = $0.target { true } else { false } }) {
            if case .failure(_, let reason) = live[0].target { return .response(statusCode: 500, reason: reason) }
        }
        return .forwarded(Forwarding(shares: live, responseHeaderEdits: responseEdits, mirrors: mirrors))
    }

    /// Applies filters; returns an answer when one of them answers the request itself.
    private func apply(
        _ filters: [HTTPRouteFilter], to upstream: inout UpstreamRequest, responseEdits: inout [HeaderEdit],
        mirrors: inout [BackendService]
    ) -> RoutingOutcome? {
        for filter in filters {
            switch filter {
            case .requestRedirect(let redirect):
                return RedirectLocation.outcome(redirect, request: request, listenerPort: listenerPort, matched: match)
            case .urlRewrite(let rewrite):
                if let hostname = rewrite.hostname { upstream.host = hostname }
                if let modifier = rewrite.path {
                    let current = ProbeRequest(host: upstream.host, target: upstream.target)
                    guard let path = PathModification.apply(modifier, to: current.path, matched: match) else {
                        return .response(statusCode: 500, reason: "ReplacePrefixMatch without a PathPrefix match; the route is not accepted")
                    }
                    upstream.target = PathModification.target(path, query: current.query)
                }
            case .requestHeaderModifier(let modifier):
                for edit in Self.edits(modifier) { upstream.headers.apply(edit) }
            case .responseHeaderModifier(let modifier):
                responseEdits += Self.edits(modifier)
            case .requestMirror(let mirror):
                if mirror.percent ?? 100 > 0,
                    case .service(let service) = BackendResolution.resolve(mirror.backend, routeNamespace: route.meta.namespace, configuration: configuration)
                {
                    mirrors.append(service)
                }
            case .cors(let policy):
                if let answer = CORSHandling.preflight(policy, request: request) { return answer }
                responseEdits += CORSHandling.responseEdits(policy, request: request)
            }
        }
        return nil
    }

    /// A modifier's edits in the order they apply.
    static func edits(_ modifier: HeaderModifier) -> [HeaderEdit] {
        modifier.set.map { .set($0.name, $0.value) } + modifier.add.map { .add($0.name, $0.value) } + modifier.remove.map { .remove($0) }
    }
}
