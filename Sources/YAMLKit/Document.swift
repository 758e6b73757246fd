/// One document of a YAML stream.
public struct Document: Sendable {
    /// The document's root node, or nil when the document has no content
    /// (an empty stream, or a `---` followed by nothing).
    public var root: Node?
    /// The 0-based position of the document in the stream.
    public var index: Int
    /// Where the document starts: its `---`, or its first content when the start is implicit.
    public var mark: Mark

    /// Creates a document from its root, stream index and start mark.
    public init(root: Node?, index: Int, mark: Mark) {
        self.root = root
        self.index = index
        self.mark = mark
    }
}
