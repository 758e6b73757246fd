/// One routing rule under construction: an Ingress path, or something a provider added.
public struct RouteRuleIR: Sendable {
    /// The match.
    public var match: HTTPRouteMatch
    /// Filters, in order.
    public var filters: [HTTPRouteFilter] = []
    /// Backends (with weights when there are several).
    public var backends: [BackendRef] = []
    /// Where the rule came from.
    public var source: RuleSource
    /// What a plain-HTTP request that matches this rule gets.
    public var plainHTTP: PlainHTTPBehaviour = .serve
    /// Whether the backend speaks gRPC: such rules become a GRPCRoute.
    public var isGRPC = false
    /// Session persistence (experimental channel).
    public var sessionPersistence: SessionPersistence?
    /// Retries (experimental channel).
    public var retry: RetryPolicy?
    /// `timeouts.request`, a Gateway API duration (`0s` for no limit).
    public var requestTimeout: String?
    /// Behaviour for the implementation emitter.
    public var intents: [SourcedIntent] = []

    /// Creates a rule.
    public init(match: HTTPRouteMatch, backends: [BackendRef], source: RuleSource) {
        self.match = match
        self.backends = backends
        self.source = source
    }

    /// The rule as it appears in a route.
    var routeRule: HTTPRouteRule {
        var rule = HTTPRouteRule(matches: [match], filters: filters, backendRefs: backends, sessionPersistence: sessionPersistence, retry: retry)
        rule.requestTimeout = requestTimeout
        rule.intents = intents
        return rule
    }
}

/// The input a rule was made from.
public struct RuleSource: Sendable, Hashable {
    /// The index of the source Ingress in ``TranslationIR/ingresses``.
    public var ingressIndex: Int
    /// The Ingress.
    public var object: ObjectRef
    /// The path entry (or default backend) location.
    public var location: SourceLocation
    /// The Ingress pathType as written (`Exact`, `Prefix`, `ImplementationSpecific`), or
    /// `defaultBackend` for a default backend.
    public var ingressPathType: String

    /// Creates a source.
    public init(ingressIndex: Int, object: ObjectRef, location: SourceLocation, ingressPathType: String) {
        self.ingressIndex = ingressIndex
        self.object = object
        self.location = location
        self.ingressPathType = ingressPathType
    }
}

/// The rules of one namespace for one host.
public struct RouteGroupIR: Sendable {
    /// Identity.
    public var key: RouteGroupKey
    /// Rules in the order their paths were read (oldest Ingress first).
    public var rules: [RouteRuleIR] = []

    /// Creates a group.
    public init(key: RouteGroupKey) { self.key = key }
}
