/// Metadata of a generated object, and where in the input it came from.
public struct OutputMeta: Sendable, Hashable {
    /// `metadata.name`.
    public var name: String
    /// `metadata.namespace`; empty for cluster-scoped kinds.
    public var namespace: String
    /// `metadata.labels`, emitted sorted by key.
    public var labels: [String: String] = [:]
    /// `metadata.annotations`, emitted sorted by key (the generator annotation is added on emit).
    public var annotations: [String: String] = [:]
    /// `metadata.creationTimestamp` (RFC 3339) of an object read from a manifest; generated
    /// objects have none. Route precedence uses it (oldest first).
    public var creationTimestamp: String?
    /// The input objects this object was generated from, for the comment above each document
    /// and the report's per-Ingress mapping.
    public var sources: [SourceRef] = []

    /// Creates metadata.
    public init(name: String, namespace: String = "") {
        self.name = name
        self.namespace = namespace
    }
}

/// An input object a generated object came from: `Ingress shop/web (shop.yaml:12:1)`.
public struct SourceRef: Sendable, Hashable, Comparable {
    /// The input object.
    public var object: ObjectRef
    /// Where it starts.
    public var location: SourceLocation

    /// Creates a source reference.
    public init(object: ObjectRef, location: SourceLocation) {
        self.object = object
        self.location = location
    }

    public static func < (lhs: SourceRef, rhs: SourceRef) -> Bool {
        lhs.object != rhs.object ? lhs.object < rhs.object : lhs.location < rhs.location
    }
}

/// The Gateway API group.
public let gatewayGroup = "gateway.networking.k8s.io"
