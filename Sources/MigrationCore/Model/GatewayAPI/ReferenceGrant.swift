/// A `ReferenceGrant`: lets objects of one kind in one namespace refer to one named object here.
public struct ReferenceGrant: Sendable, Hashable {
    /// Metadata (in the namespace of the referenced object).
    public var meta: OutputMeta
    /// The referring kind's group.
    public var fromGroup: String
    /// The referring kind.
    public var fromKind: String
    /// The referring namespace.
    public var fromNamespace: String
    /// The referenced kind's group (empty for core).
    public var toGroup: String
    /// The referenced kind.
    public var toKind: String
    /// The referenced object's name: generated grants always name one object. An empty name,
    /// only ever read from an existing manifest, grants every object of `toKind`.
    public var toName: String

    /// Creates a grant.
    public init(
        meta: OutputMeta, fromGroup: String, fromKind: String, fromNamespace: String,
        toGroup: String, toKind: String, toName: String
    ) {
        self.meta = meta
        self.fromGroup = fromGroup
        self.fromKind = fromKind
        self.fromNamespace = fromNamespace
        self.toGroup = toGroup
        self.toKind = toKind
        self.toName = toName
    }
}
