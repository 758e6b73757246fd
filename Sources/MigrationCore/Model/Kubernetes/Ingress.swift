/// A `networking.k8s.io/v1` Ingress (legacy `v1beta1` versions are converted to this shape on
/// read), with the location of every field the translation uses.
///
/// An Ingress is read once and then only looked at, by every stage of the translation, which
/// passes it around by value: its fields are kept in one shared, immutable box, so a copy costs
/// one reference count instead of one for each of its strings and lists. Reading a field is
/// inlined into the reader, which takes from the box only what it uses; changing a field
/// replaces the box.
public struct Ingress: Sendable {
    /// The fields, stored together out of line.
    @usableFromInline struct Fields: Sendable {
        @usableFromInline var meta: ObjectMeta
        @usableFromInline var apiVersion: String
        @usableFromInline var location: SourceLocation
        @usableFromInline var ingressClassName: Located<String>?
        @usableFromInline var defaultBackend: IngressBackend?
        @usableFromInline var tls: [IngressTLS]
        @usableFromInline var rules: [IngressRule]
    }

    @usableFromInline var box: ValueBox<Fields>

    /// Metadata.
    public var meta: ObjectMeta {
        @inlinable get { box.value.meta }
        set { update { $0.meta = newValue } }
    }
    /// The apiVersion the manifest used.
    public var apiVersion: String {
        @inlinable get { box.value.apiVersion }
        set { update { $0.apiVersion = newValue } }
    }
    /// Where the object's document starts.
    public var location: SourceLocation {
        @inlinable get { box.value.location }
        set { update { $0.location = newValue } }
    }
    /// `spec.ingressClassName`.
    public var ingressClassName: Located<String>? {
        @inlinable get { box.value.ingressClassName }
        set { update { $0.ingressClassName = newValue } }
    }
    /// `spec.defaultBackend` (`spec.backend` in v1beta1).
    public var defaultBackend: IngressBackend? {
        @inlinable get { box.value.defaultBackend }
        set { update { $0.defaultBackend = newValue } }
    }
    /// `spec.tls`.
    public var tls: [IngressTLS] {
        @inlinable get { box.value.tls }
        set { update { $0.tls = newValue } }
    }
    /// `spec.rules`.
    public var rules: [IngressRule] {
        @inlinable get { box.value.rules }
        set { update { $0.rules = newValue } }
    }

    /// Creates an Ingress.
    public init(
        meta: ObjectMeta, apiVersion: String, location: SourceLocation,
        ingressClassName: Located<String>? = nil, defaultBackend: IngressBackend? = nil,
        tls: [IngressTLS] = [], rules: [IngressRule] = []
    ) {
        box = ValueBox(Fields(
            meta: meta, apiVersion: apiVersion, location: location, ingressClassName: ingressClassName,
            defaultBackend: defaultBackend, tls: tls, rules: rules))
    }

    /// `Ingress namespace/name`.
    public var ref: ObjectRef { ObjectRef(kind: "Ingress", namespace: meta.namespace, name: meta.name) }

    /// Replaces the box with one whose fields `change` has changed.
    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = box.value
        change(&fields)
        box = ValueBox(fields)
    }
}

/// One `spec.tls` entry.
public struct IngressTLS: Sendable {
    /// `hosts`; empty means the entry applies to every rule host of the Ingress.
    public var hosts: [Located<String>]
    /// `secretName`.
    public var secretName: Located<String>?
    /// Where the entry starts.
    public var location: SourceLocation

    /// `secretName` when a Secret can have that name (a DNS subdomain); nil when it is missing,
    /// empty or a name the API server refuses, for which the controller found no certificate.
    public var usableSecretName: Located<String>? {
        guard let secretName, KubernetesName.isSubdomain(secretName.value) else { return nil }
        return secretName
    }

    /// Creates a TLS entry.
    public init(hosts: [Located<String>], secretName: Located<String>?, location: SourceLocation) {
        self.hosts = hosts
        self.secretName = secretName
        self.location = location
    }
}

/// One `spec.rules` entry.
public struct IngressRule: Sendable {
    /// `host`; nil or empty means every host.
    public var host: Located<String>?
    /// `http.paths`.
    public var paths: [HTTPIngressPath]
    /// Where the rule starts.
    public var location: SourceLocation

    /// Creates a rule.
    public init(host: Located<String>?, paths: [HTTPIngressPath], location: SourceLocation) {
        self.host = host
        self.paths = paths
        self.location = location
    }

    /// The host, or the empty string for a rule without one.
    public var hostName: String { host?.value ?? "" }
}

/// One `http.paths` entry.
public struct HTTPIngressPath: Sendable {
    /// `path`; nil when absent (treated as `/`).
    public var path: Located<String>?
    /// `pathType`; nil when absent.
    public var pathType: Located<String>?
    /// `backend`.
    public var backend: IngressBackend
    /// Where the entry starts.
    public var location: SourceLocation

    /// Creates a path.
    public init(path: Located<String>?, pathType: Located<String>?, backend: IngressBackend, location: SourceLocation) {
        self.path = path
        self.pathType = pathType
        self.backend = backend
        self.location = location
    }
}

/// An Ingress backend: a Service port, or a resource reference.
public struct IngressBackend: Sendable {
    /// What the backend points at.
    public enum Target: Sendable, Hashable {
        /// A Service and port.
        case service(name: String, port: ServicePortRef)
        /// A typed object reference (`resource:`), which Gateway API cannot route to portably.
        case resource(apiGroup: String, kind: String, name: String)
        /// Neither was given (a malformed backend).
        case missing
    }

    /// The target.
    public var target: Target
    /// Where the backend starts.
    public var location: SourceLocation

    /// Creates a backend.
    public init(target: Target, location: SourceLocation) {
        self.target = target
        self.location = location
    }
}

/// A Service port as an Ingress names it: by number or by name.
public enum ServicePortRef: Sendable, Hashable, CustomStringConvertible {
    /// `port.number` (`servicePort: 80` in v1beta1).
    case number(Int)
    /// `port.name` (`servicePort: http` in v1beta1).
    case name(String)
    /// No port given.
    case none

    public var description: String {
        switch self {
        case .number(let number): String(number)
        case .name(let name): name
        case .none: "(none)"
        }
    }
}
