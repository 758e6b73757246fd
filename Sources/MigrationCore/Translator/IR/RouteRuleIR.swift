/// One routing rule under construction: an Ingress path, or something a provider added.
public struct RouteRuleIR: Sendable {
    /// The match.
    @inlinable public var match: HTTPRouteMatch {
        get { matches[0] }
        set { matches = [newValue] }
    }
    /// The match as the route rule lists it: kept as that one-element list, so the route
    /// shares it instead of making its own. (Visible to inlined code, so that reading one field
    /// of the match from another module does not copy the whole match.)
    @usableFromInline var matches: [HTTPRouteMatch]
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
    public var sessionPersistence: SessionPersistence? {
        get { extras?.value.sessionPersistence }
        set { updateExtras { $0.sessionPersistence = newValue } }
    }
    /// Retries (experimental channel).
    public var retry: RetryPolicy? {
        get { extras?.value.retry }
        set { updateExtras { $0.retry = newValue } }
    }
    /// `timeouts.request`, a Gateway API duration (`0s` for no limit).
    public var requestTimeout: String? {
        get { extras?.value.requestTimeout }
        set { updateExtras { $0.requestTimeout = newValue } }
    }
    /// Behaviour for the implementation emitter.
    public var intents: [SourcedIntent] = []

    /// The settings few rules have, stored out of line: a cluster has tens of thousands of
    /// rules, and most of them have none of these.
    private var extras: ValueBox<RuleExtras>?

    private struct RuleExtras: Sendable {
        var sessionPersistence: SessionPersistence?
        var retry: RetryPolicy?
        var requestTimeout: String?
    }

    private mutating func updateExtras(_ change: (inout RuleExtras) -> Void) {
        var value = extras?.value ?? RuleExtras()
        change(&value)
        let isEmpty = value.sessionPersistence == nil && value.retry == nil && value.requestTimeout == nil
        extras = isEmpty ? nil : ValueBox(value)
    }

    /// Creates a rule.
    public init(match: HTTPRouteMatch, backends: [BackendRef], source: RuleSource) {
        self.matches = [match]
        self.backends = backends
        self.source = source
    }

    /// The rule as it appears in a route.
    var routeRule: HTTPRouteRule {
        var rule = HTTPRouteRule(matches: matches, filters: filters, backendRefs: backends, sessionPersistence: sessionPersistence, retry: retry)
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
