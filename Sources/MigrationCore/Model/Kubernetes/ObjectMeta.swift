/// The parts of Kubernetes `metadata` the translation reads, each with its location.
public struct ObjectMeta: Sendable {
    /// `metadata.name`.
    public var name: String
    /// `metadata.namespace`, or `default` when the manifest has none.
    public var namespace: String
    /// `metadata.creationTimestamp` as written (RFC 3339), when present.
    public var creationTimestamp: String?
    /// `metadata.annotations` in input order.
    public var annotations: [Annotation]
    /// `metadata.labels` in input order.
    public var labels: [(key: String, value: String)]

    /// Creates metadata.
    public init(
        name: String, namespace: String, creationTimestamp: String? = nil,
        annotations: [Annotation] = [], labels: [(key: String, value: String)] = []
    ) {
        self.name = name
        self.namespace = namespace
        self.creationTimestamp = creationTimestamp
        self.annotations = annotations
        self.labels = labels
    }

    /// The annotation with this exact key, if any.
    public func annotation(_ key: String) -> Annotation? {
        annotations.first { $0.key == key }
    }
}

/// One `metadata.annotations` entry with the locations of its key and value.
public struct Annotation: Sendable, Hashable {
    /// The annotation key.
    public var key: String
    /// The annotation value (always a string in Kubernetes).
    public var value: String
    /// Where the key is written: findings about the annotation point here.
    public var location: SourceLocation
    /// Where the value is written.
    public var valueLocation: SourceLocation

    /// Creates an annotation.
    public init(key: String, value: String, location: SourceLocation, valueLocation: SourceLocation) {
        self.key = key
        self.value = value
        self.location = location
        self.valueLocation = valueLocation
    }
}
