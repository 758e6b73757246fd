/// A `GatewayClass` (cluster-scoped).
public struct GatewayClass: Sendable, Hashable {
    /// Metadata.
    public var meta: OutputMeta
    /// `spec.controllerName`.
    public var controllerName: String
    /// `spec.description`.
    public var description: String?

    /// Creates a GatewayClass.
    public init(meta: OutputMeta, controllerName: String, description: String? = nil) {
        self.meta = meta
        self.controllerName = controllerName
        self.description = description
    }
}

/// A `Gateway`.
public struct Gateway: Sendable, Hashable {
    /// Metadata.
    public var meta: OutputMeta
    /// `spec.gatewayClassName`.
    public var gatewayClassName: String
    /// `spec.listeners`, in emission order.
    public var listeners: [Listener]
    /// `spec.allowedListeners.namespaces`: the namespaces whose ListenerSets may attach (nil:
    /// none, the API default).
    public var allowedListeners: AllowedNamespaces?
    /// `spec.tls.frontend.default.validation`: client-certificate validation on every HTTPS
    /// listener (nil: none).
    public var frontendValidation: FrontendValidation?

    /// Creates a Gateway.
    public init(meta: OutputMeta, gatewayClassName: String, listeners: [Listener] = []) {
        self.meta = meta
        self.gatewayClassName = gatewayClassName
        self.listeners = listeners
    }
}

/// A `ListenerSet`: more listeners for a Gateway, past its 64.
public struct ListenerSet: Sendable, Hashable {
    /// Metadata (in the Gateway's namespace).
    public var meta: OutputMeta
    /// The Gateway it adds listeners to.
    public var gatewayName: String
    /// The Gateway's namespace, when it is not the ListenerSet's own.
    public var gatewayNamespace: String?
    /// `spec.listeners`.
    public var listeners: [Listener]

    /// Creates a ListenerSet.
    public init(meta: OutputMeta, gatewayName: String, listeners: [Listener]) {
        self.meta = meta
        self.gatewayName = gatewayName
        self.listeners = listeners
    }
}

/// One listener of a Gateway or ListenerSet.
public struct Listener: Sendable, Hashable {
    /// Listener protocols the translation produces.
    public enum ListenerProtocol: String, Sendable, Hashable {
        case http = "HTTP"
        case https = "HTTPS"
        case tls = "TLS"
        case tcp = "TCP"
        case udp = "UDP"
    }

    /// `name` (a SectionName).
    public var name: String
    /// `hostname`; nil for a listener that accepts every host.
    public var hostname: String?
    /// `port`.
    public var port: Int
    /// `protocol`.
    public var `protocol`: ListenerProtocol
    /// `tls.mode`: nil (Terminate, the default) or `Passthrough`.
    public var tlsMode: String?
    /// `tls.certificateRefs`.
    public var certificateRefs: [SecretRef] = []
    /// `allowedRoutes.namespaces`.
    public var allowedNamespaces: AllowedNamespaces = .same
    /// The namespaces whose Ingresses used this listener's host (what `allowedNamespaces` was
    /// derived from; not emitted).
    public var admittedNamespaces: [String] = []
    /// `allowedRoutes.kinds` (kind names); empty allows the kinds the protocol supports.
    public var allowedRouteKinds: [String] = []

    /// Creates a listener.
    public init(name: String, hostname: String?, port: Int, protocol: ListenerProtocol) {
        self.name = name
        self.hostname = hostname
        self.port = port
        self.protocol = `protocol`
    }
}

/// Which namespaces may attach routes to a listener.
public enum AllowedNamespaces: Sendable, Hashable {
    /// Only the Gateway's namespace (the API default; not written out).
    case same
    /// Exactly these namespaces, selected by their `kubernetes.io/metadata.name` label.
    case names([String])
    /// Namespaces whose label `key` has one of `values` (team-label mode).
    case labelIn(key: String, values: [String])
    /// Every namespace (only when the user asks for it).
    case all
    /// The namespaces whose labels a selector matches (read from existing manifests).
    case selector(LabelSelector)
}

/// A reference to a Secret holding a certificate.
public struct SecretRef: Sendable, Hashable, Comparable {
    /// The Secret's name.
    public var name: String
    /// The Secret's namespace.
    public var namespace: String

    /// Creates a reference.
    public init(name: String, namespace: String) {
        self.name = name
        self.namespace = namespace
    }

    public static func < (lhs: SecretRef, rhs: SecretRef) -> Bool {
        (lhs.namespace, lhs.name) < (rhs.namespace, rhs.name)
    }
}

/// A core/v1 `Namespace` the output needs (the shared Gateways' namespace).
public struct NamespaceObject: Sendable, Hashable {
    /// Metadata (name only).
    public var meta: OutputMeta

    /// Creates a Namespace.
    public init(name: String) { meta = OutputMeta(name: name) }
}
