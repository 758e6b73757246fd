/// Identifies the Gateway that replaces one ingress controller's address: one per ingress
/// class by default, or one per namespace and class with `--gateway-per-namespace`.
public struct GatewayKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The ingress class the Gateway replaces.
    public var className: String
    /// The namespace the Gateway is scoped to, in the per-namespace topology; nil when shared.
    public var namespace: String?

    /// Creates a key.
    public init(className: String, namespace: String? = nil) {
        self.className = className
        self.namespace = namespace
    }

    public var description: String { namespace.map { "\($0)/\(className)" } ?? className }

    /// Orders by namespace (none counts as empty), then class name. Written out field by field
    /// (no tuples), so sorting thousands of keys copies no strings.
    public static func < (lhs: GatewayKey, rhs: GatewayKey) -> Bool {
        switch (lhs.namespace, rhs.namespace) {
        case (let left?, let right?) where left != right: return left < right
        case (let left?, nil) where !left.isEmpty: return false
        case (nil, let right?) where !right.isEmpty: return true
        default: return lhs.className < rhs.className
        }
    }
}

/// One virtual host of a Gateway: what an nginx `server` block was. Identified by the Gateway
/// and the host (`""` is the catch-all host).
public struct ServerKey: Hashable, Sendable, Comparable {
    /// The Gateway.
    public var gateway: GatewayKey
    /// The host, lower-cased; empty for the catch-all server.
    public var host: String

    /// Creates a key.
    public init(gateway: GatewayKey, host: String) {
        self.gateway = gateway
        self.host = host
    }

    /// Hashes the host and the Gateway's class and namespace: a host that thousands of Gateways
    /// serve (one per class, or per namespace) must not put thousands of keys in one hash
    /// bucket.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(host)
        hasher.combine(gateway.className)
        hasher.combine(gateway.namespace)
    }

    /// Orders by Gateway, then host.
    public static func < (lhs: ServerKey, rhs: ServerKey) -> Bool {
        if lhs.gateway != rhs.gateway { return lhs.gateway < rhs.gateway }
        return lhs.host < rhs.host
    }
}

/// The rules one namespace contributes to one server: they become that namespace's HTTPRoute
/// for the host.
public struct RouteGroupKey: Hashable, Sendable, Comparable {
    /// The server.
    public var server: ServerKey
    /// The namespace of the Ingresses (and so of the route).
    public var namespace: String

    /// Creates a key.
    public init(server: ServerKey, namespace: String) {
        self.server = server
        self.namespace = namespace
    }

    /// Hashes the server and the namespace.
    public func hash(into hasher: inout Hasher) {
        server.hash(into: &hasher)
        hasher.combine(namespace)
    }

    /// Orders by server, then namespace.
    public static func < (lhs: RouteGroupKey, rhs: RouteGroupKey) -> Bool {
        if lhs.server != rhs.server { return lhs.server < rhs.server }
        return lhs.namespace < rhs.namespace
    }
}
