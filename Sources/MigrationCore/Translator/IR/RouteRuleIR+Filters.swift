/// Helpers that merge filter changes into a rule, keeping at most one filter of each kind (as
/// Gateway API requires) in a fixed order.
extension RouteRuleIR {
    /// Sets the rewritten path, merging with a hostname rewrite already present.
    public mutating func rewritePath(_ path: PathModifier) {
        var rewrite = currentRewrite ?? URLRewrite()
        rewrite.path = path
        replace(.urlRewrite(rewrite)) { if case .urlRewrite = $0 { return true } else { return false } }
    }

    /// Sets the Host sent to the backend, merging with a path rewrite already present.
    public mutating func rewriteHostname(_ hostname: String) {
        var rewrite = currentRewrite ?? URLRewrite()
        rewrite.hostname = hostname
        replace(.urlRewrite(rewrite)) { if case .urlRewrite = $0 { return true } else { return false } }
    }

    /// Sets a request header sent to the backend.
    public mutating func setRequestHeader(_ name: String, _ value: String) {
        var modifier = HeaderModifier()
        for filter in filters { if case .requestHeaderModifier(let existing) = filter { modifier = existing } }
        modifier.setHeader(HeaderValue(name: name, value: value))
        replace(.requestHeaderModifier(modifier)) { if case .requestHeaderModifier = $0 { return true } else { return false } }
    }

    /// Sets a response header sent to the client.
    public mutating func setResponseHeader(_ name: String, _ value: String) {
        var modifier = HeaderModifier()
        for filter in filters { if case .responseHeaderModifier(let existing) = filter { modifier = existing } }
        modifier.setHeader(HeaderValue(name: name, value: value))
        replace(.responseHeaderModifier(modifier)) { if case .responseHeaderModifier = $0 { return true } else { return false } }
    }

    /// Turns the rule into a redirect: the filter is the rule's only action.
    public mutating func redirect(_ redirect: RequestRedirect) {
        filters = [.requestRedirect(redirect)]
        backends = []
    }

    /// Whether the rule answers with a redirect instead of proxying.
    @inlinable public var isRedirect: Bool {
        filters.contains { if case .requestRedirect = $0 { return true } else { return false } }
    }

    private var currentRewrite: URLRewrite? {
        for filter in filters { if case .urlRewrite(let rewrite) = filter { return rewrite } }
        return nil
    }

    private mutating func replace(_ filter: HTTPRouteFilter, where matches: (HTTPRouteFilter) -> Bool) {
        if let index = filters.firstIndex(where: matches) {
            filters[index] = filter
        } else {
            filters.append(filter)
            filters.sort { $0.order < $1.order }
        }
    }
}

extension HTTPRouteFilter {
    /// The position of the filter kind in a rule's filter list.
    var order: Int {
        switch self {
        case .requestRedirect: 0
        case .requestHeaderModifier: 1
        case .urlRewrite: 2
        case .responseHeaderModifier: 3
        case .cors: 4
        case .requestMirror: 5
        }
    }
}
