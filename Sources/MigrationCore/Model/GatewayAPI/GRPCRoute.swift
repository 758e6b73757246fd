/// A `GRPCRoute`: gRPC traffic routed by service and method.
public struct GRPCRoute: Sendable, Hashable {
    /// Metadata.
    public var meta: OutputMeta
    /// `spec.parentRefs`.
    public var parentRefs: [ParentRef]
    /// `spec.hostnames`.
    public var hostnames: [String]
    /// `spec.rules`.
    public var rules: [GRPCRouteRule]

    /// Creates a route.
    public init(meta: OutputMeta, parentRefs: [ParentRef], hostnames: [String], rules: [GRPCRouteRule]) {
        self.meta = meta
        self.parentRefs = parentRefs
        self.hostnames = hostnames
        self.rules = rules
    }
}

/// One rule of a GRPCRoute.
public struct GRPCRouteRule: Sendable, Hashable {
    /// `matches[].method`; an empty list matches every call.
    public var methods: [GRPCMethodMatch]
    /// `matches[].headers`, shared by every method match.
    public var headers: [HeaderMatch]
    /// `filters` (header modifiers only).
    public var filters: [HTTPRouteFilter]
    /// `backendRefs`.
    public var backendRefs: [BackendRef]

    /// Creates a rule.
    public init(methods: [GRPCMethodMatch], headers: [HeaderMatch] = [], filters: [HTTPRouteFilter] = [], backendRefs: [BackendRef]) {
        self.methods = methods
        self.headers = headers
        self.filters = filters
        self.backendRefs = backendRefs
    }
}

/// A gRPC method match: a service, and optionally one method of it.
public struct GRPCMethodMatch: Sendable, Hashable {
    /// The fully qualified service, e.g. `shop.v1.Cart`.
    public var service: String
    /// The method, e.g. `AddItem`.
    public var method: String?

    /// Creates a match.
    public init(service: String, method: String? = nil) {
        self.service = service
        self.method = method
    }
}

/// A `TLSRoute`: TLS connections routed by SNI to a backend without terminating TLS.
public struct TLSRoute: Sendable, Hashable {
    /// Metadata.
    public var meta: OutputMeta
    /// `spec.parentRefs`.
    public var parentRefs: [ParentRef]
    /// `spec.hostnames`.
    public var hostnames: [String]
    /// `spec.rules[0].backendRefs`.
    public var backendRefs: [BackendRef]

    /// Creates a route.
    public init(meta: OutputMeta, parentRefs: [ParentRef], hostnames: [String], backendRefs: [BackendRef]) {
        self.meta = meta
        self.parentRefs = parentRefs
        self.hostnames = hostnames
        self.backendRefs = backendRefs
    }
}

/// A `BackendTLSPolicy`: the Gateway speaks TLS to a Service and verifies its certificate.
public struct BackendTLSPolicy: Sendable, Hashable {
    /// Metadata (in the Service's namespace).
    public var meta: OutputMeta
    /// The Service it applies to.
    public var serviceName: String
    /// `validation.hostname`: the name sent as SNI and checked in the certificate.
    public var hostname: String
    /// `validation.caCertificateRefs`: ConfigMaps holding `ca.crt`; empty uses the system CAs.
    public var caConfigMaps: [String]

    /// Creates a policy.
    public init(meta: OutputMeta, serviceName: String, hostname: String, caConfigMaps: [String]) {
        self.meta = meta
        self.serviceName = serviceName
        self.hostname = hostname
        self.caConfigMaps = caConfigMaps
    }
}

/// A `TCPRoute` or `UDPRoute`: every connection (or datagram) on a listener goes to a backend.
public struct StreamRoute: Sendable, Hashable {
    /// `TCPRoute` or `UDPRoute`.
    public var kind: String
    /// Metadata.
    public var meta: OutputMeta
    /// `spec.parentRefs`.
    public var parentRefs: [ParentRef]
    /// `spec.rules[0].backendRefs`.
    public var backendRefs: [BackendRef]

    /// Creates a route.
    public init(kind: String, meta: OutputMeta, parentRefs: [ParentRef], backendRefs: [BackendRef]) {
        self.kind = kind
        self.meta = meta
        self.parentRefs = parentRefs
        self.backendRefs = backendRefs
    }
}
