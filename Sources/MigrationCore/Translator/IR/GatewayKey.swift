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

    public static func < (lhs: GatewayKey, rhs: GatewayKey) -> Bool {
        (lhs.namespace ?? "", lhs.className) < (rhs.namespace ?? "", rhs.className)
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

    public static func < (lhs: ServerKey, rhs: ServerKey) -> Bool {
        (lhs.gateway, lhs.host) < (rhs.gateway, rhs.host)
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

    public static func < (lhs: RouteGroupKey, rhs: RouteGroupKey) -> Bool {
        (lhs.server, lhs.namespace) < (rhs.server, rhs.namespace)
    }
}
