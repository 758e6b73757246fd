/// An `HTTPRoute`.
public struct HTTPRoute: Sendable, Hashable {
    /// Metadata.
    public var meta: OutputMeta
    /// `spec.parentRefs`.
    public var parentRefs: [ParentRef]
    /// `spec.hostnames`; empty for a catch-all route.
    public var hostnames: [String]
    /// `spec.rules`.
    public var rules: [HTTPRouteRule]

    /// Creates a route.
    public init(meta: OutputMeta, parentRefs: [ParentRef] = [], hostnames: [String] = [], rules: [HTTPRouteRule] = []) {
        self.meta = meta
        self.parentRefs = parentRefs
        self.hostnames = hostnames
        self.rules = rules
    }
}

/// A `parentRefs` entry.
public struct ParentRef: Sendable, Hashable {
    /// `kind`: nil for a Gateway (the default), `ListenerSet` for a ListenerSet.
    public var kind: String?
    /// `name` of the Gateway or ListenerSet.
    public var name: String
    /// `namespace`, when the parent lives in another namespace.
    public var namespace: String?
    /// `sectionName`: the listener the route attaches to.
    public var sectionName: String?
    /// `port`: only listeners on this port (nil: any port).
    public var port: Int?

    /// Creates a parent reference.
    public init(kind: String? = nil, name: String, namespace: String? = nil, sectionName: String? = nil, port: Int? = nil) {
        self.kind = kind
        self.name = name
        self.namespace = namespace
        self.sectionName = sectionName
        self.port = port
    }
}

/// One `spec.rules` entry of an HTTPRoute.
public struct HTTPRouteRule: Sendable, Hashable {
    /// `matches`; empty matches every request (the API default is a `/` prefix).
    public var matches: [HTTPRouteMatch]
    /// `filters`.
    public var filters: [HTTPRouteFilter]
    /// `backendRefs`.
    public var backendRefs: [BackendRef]
    /// `sessionPersistence` (experimental channel).
    public var sessionPersistence: SessionPersistence?
    /// `retry` (experimental channel).
    public var retry: RetryPolicy?
    /// `timeouts.request`, a Gateway API duration.
    public var requestTimeout: String?
    /// `name`: set when an implementation policy targets the rule.
    public var name: String?
    /// Behaviour for the implementation emitter (not part of the HTTPRoute itself).
    public var intents: [SourcedIntent] = []

    /// Creates a rule.
    public init(
        matches: [HTTPRouteMatch] = [], filters: [HTTPRouteFilter] = [], backendRefs: [BackendRef] = [],
        sessionPersistence: SessionPersistence? = nil, retry: RetryPolicy? = nil
    ) {
        self.matches = matches
        self.filters = filters
        self.backendRefs = backendRefs
        self.sessionPersistence = sessionPersistence
        self.retry = retry
    }
}

/// Cookie-based session persistence (experimental channel).
public struct SessionPersistence: Sendable, Hashable {
    /// `sessionName`: the cookie name.
    public var cookieName: String
    /// `absoluteTimeout`, a Gateway API duration; nil for a session cookie.
    public var absoluteTimeout: String?

    /// Creates a setting.
    public init(cookieName: String, absoluteTimeout: String?) {
        self.cookieName = cookieName
        self.absoluteTimeout = absoluteTimeout
    }
}

/// Retries (experimental channel).
public struct RetryPolicy: Sendable, Hashable {
    /// `attempts`: retries after the first try.
    public var attempts: Int
    /// `codes`: response codes that are retried.
    public var codes: [Int]

    /// Creates a policy.
    public init(attempts: Int, codes: [Int]) {
        self.attempts = attempts
        self.codes = codes
    }
}

/// Gateway API durations (GEP-2257): at most five digits per unit, so long durations are
/// written in larger units.
public enum GatewayDuration {
    /// `seconds` as a duration string, e.g. `1728000` → `480h`.
    public static func seconds(_ seconds: Int) -> String {
        if seconds == 0 { return "0s" }
        let hours = seconds / 3600, minutes = (seconds % 3600) / 60, rest = seconds % 60
        var text = ""
        if hours > 0 { text += "\(min(hours, 99999))h" }
        if minutes > 0 { text += "\(minutes)m" }
        if rest > 0 { text += "\(rest)s" }
        return text
    }
}

/// One `matches` entry.
public struct HTTPRouteMatch: Sendable, Hashable {
    /// Path match types.
    public enum PathType: String, Sendable, Hashable {
        case exact = "Exact"
        case pathPrefix = "PathPrefix"
        case regularExpression = "RegularExpression"
    }

    /// `path.type`.
    public var pathType: PathType
    /// `path.value`.
    public var path: String
    /// `headers`, each `Exact` or `RegularExpression`.
    public var headers: [HeaderMatch] = []
    /// `queryParams`, each `Exact` or `RegularExpression`.
    public var queryParams: [QueryParamMatch] = []
    /// `method`; nil matches every method.
    public var method: String?

    /// Creates a match.
    public init(
        pathType: PathType, path: String, headers: [HeaderMatch] = [], queryParams: [QueryParamMatch] = [],
        method: String? = nil
    ) {
        self.pathType = pathType
        self.path = path
        self.headers = headers
        self.queryParams = queryParams
        self.method = method
    }
}

/// A header match.
public struct HeaderMatch: Sendable, Hashable {
    /// `name`.
    public var name: String
    /// `value`.
    public var value: String
    /// True for `type: RegularExpression`; false for the default `Exact`.
    public var isRegularExpression: Bool

    /// Creates a header match.
    public init(name: String, value: String, isRegularExpression: Bool = false) {
        self.name = name
        self.value = value
        self.isRegularExpression = isRegularExpression
    }
}

/// A `backendRefs` entry pointing at a Service port (or, when read from a manifest, at
/// another kind).
public struct BackendRef: Sendable, Hashable {
    /// Service name.
    public var name: String
    /// Service namespace when it differs from the route's.
    public var namespace: String?
    /// Service port.
    public var port: Int?
    /// `weight`; nil leaves the API default (1).
    public var weight: Int?
    /// `group`; nil is the core group (a Service).
    public var group: String?
    /// `kind`; nil is `Service`.
    public var kind: String?
    /// `filters` that apply only to requests sent to this backend.
    public var filters: [HTTPRouteFilter] = []

    /// Creates a backend reference.
    public init(
        name: String, namespace: String? = nil, port: Int?, weight: Int? = nil, group: String? = nil, kind: String? = nil
    ) {
        self.name = name
        self.namespace = namespace
        self.port = port
        self.weight = weight
        self.group = group
        self.kind = kind
    }

    /// Whether the reference names a core Service (the only kind this tool routes to).
    public var isService: Bool { (group ?? "").isEmpty && (kind ?? "Service") == "Service" }
}
