/// An HTTPRoute already in the input (written by hand or by an earlier migration). It is not
/// regenerated: the attachment prediction checks it against the generated Gateways, reading
/// only what attachment depends on.
public struct ExistingRoute: Sendable {
    /// `HTTPRoute namespace/name`.
    public var ref: ObjectRef
    /// Where the object starts.
    public var location: SourceLocation
    /// `spec.parentRefs`, with `group` and `kind` as written (nil when defaulted).
    public var parentRefs: [ExistingParentRef]
    /// `spec.hostnames`.
    public var hostnames: [String]
    /// Every `backendRefs` entry of every rule.
    public var backendRefs: [ExistingBackendRef]

    /// Creates a route.
    public init(ref: ObjectRef, location: SourceLocation, parentRefs: [ExistingParentRef], hostnames: [String], backendRefs: [ExistingBackendRef]) {
        self.ref = ref
        self.location = location
        self.parentRefs = parentRefs
        self.hostnames = hostnames
        self.backendRefs = backendRefs
    }
}

/// A `parentRefs` entry of an input route.
public struct ExistingParentRef: Sendable, Hashable {
    /// `group`; nil is the Gateway API group.
    public var group: String?
    /// `kind`; nil is `Gateway`.
    public var kind: String?
    /// `name`.
    public var name: String
    /// `namespace`; nil is the route's.
    public var namespace: String?
    /// `sectionName`.
    public var sectionName: String?
    /// `port`.
    public var port: Int?
    /// Where the entry is written.
    public var location: SourceLocation

    /// Creates a parent reference.
    public init(
        group: String?, kind: String?, name: String, namespace: String?, sectionName: String?, port: Int?, location: SourceLocation
    ) {
        self.group = group
        self.kind = kind
        self.name = name
        self.namespace = namespace
        self.sectionName = sectionName
        self.port = port
        self.location = location
    }
}

/// A `backendRefs` entry of an input route.
public struct ExistingBackendRef: Sendable, Hashable {
    /// `group`; nil or empty is the core group.
    public var group: String?
    /// `kind`; nil is `Service`.
    public var kind: String?
    /// `name`.
    public var name: String
    /// `namespace`; nil is the route's.
    public var namespace: String?
    /// Where the entry is written.
    public var location: SourceLocation

    /// Creates a backend reference.
    public init(group: String?, kind: String?, name: String, namespace: String?, location: SourceLocation) {
        self.group = group
        self.kind = kind
        self.name = name
        self.namespace = namespace
        self.location = location
    }
}

/// A ReferenceGrant already in the input: which kinds in which namespaces may refer to which
/// objects of this namespace.
public struct ExistingReferenceGrant: Sendable {
    /// The grant's namespace (that of the objects it opens).
    public var namespace: String
    /// `spec.from`: group, kind, namespace.
    public var from: [(group: String, kind: String, namespace: String)]
    /// `spec.to`: group, kind, and name (nil: every object of the kind).
    public var to: [(group: String, kind: String, name: String?)]

    /// Creates a grant.
    public init(namespace: String, from: [(group: String, kind: String, namespace: String)], to: [(group: String, kind: String, name: String?)]) {
        self.namespace = namespace
        self.from = from
        self.to = to
    }
}
