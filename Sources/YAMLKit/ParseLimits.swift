/// Resource limits the parser enforces, so hostile input fails fast with a ``YAMLError``.
public struct ParseLimits: Sendable {
    /// The largest accepted input, in bytes. Default 512 MiB.
    public var maxInputBytes: Int
    /// The deepest accepted nesting of collections (a top-level mapping has depth 1). Default 256.
    public var maxDepth: Int
    /// The most nodes that alias expansion may add to one document, counting the whole
    /// anchored subtree each time an alias refers to it. Default 1 000 000.
    public var maxAliasExpansion: Int
    /// The most documents accepted in one stream. Default 1 000 000.
    public var maxDocuments: Int
    /// The largest accepted single scalar, in UTF-8 bytes. Default 16 MiB.
    public var maxScalarBytes: Int

    /// The default limits.
    public static let `default` = ParseLimits()

    /// Creates limits; every argument defaults to the value documented on its property.
    public init(
        maxInputBytes: Int = 512 * 1024 * 1024,
        maxDepth: Int = 256,
        maxAliasExpansion: Int = 1_000_000,
        maxDocuments: Int = 1_000_000,
        maxScalarBytes: Int = 16 * 1024 * 1024
    ) {
        self.maxInputBytes = maxInputBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxDocuments = maxDocuments
        self.maxScalarBytes = maxScalarBytes
    }
}
