/// A key/value pair of a YAML mapping, in source order.
public struct Pair: Sendable {
    /// The key node, usually a scalar.
    public var key: Node
    /// The value node.
    public var value: Node

    /// Creates a pair from a key node and a value node.
    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}

/// A parsed YAML node: its content, the mark where it starts, and its explicit tag if any.
///
/// Aliases are already substituted: a node reached through an alias is a copy of the
/// anchored node whose own mark is the position of the alias (its children keep their
/// original marks).
public struct Node: Sendable {
    /// What a node holds.
    public enum Content: Sendable {
        /// A scalar value.
        case scalar(Scalar)
        /// A mapping, its pairs in source order (duplicate scalar keys are rejected by the parser).
        case mapping([Pair])
        /// A sequence, its items in source order.
        case sequence([Node])
    }

    /// The node's content.
    public var content: Content
    /// Where the node starts in the input (including its anchor or tag, if written).
    public var mark: Mark
    /// The node's explicit tag, fully expanded (e.g. `tag:yaml.org,2002:str` for `!!str`),
    /// or nil when the node carries no tag.
    public var tag: String? {
        get { tagStorage?.tag }
        set { tagStorage = newValue.map(NodeTagStorage.init) }
    }

    /// Tags are rare, so they live out of line: one pointer instead of an inline optional
    /// string keeps every node smaller.
    private var tagStorage: NodeTagStorage?

    /// Creates a node from its content, start mark and optional explicit tag.
    public init(content: Content, mark: Mark, tag: String? = nil) {
        self.content = content
        self.mark = mark
        self.tagStorage = tag.map(NodeTagStorage.init)
    }

    /// The scalar, when this node is a scalar.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The pairs, when this node is a mapping.
    public var mapping: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The items, when this node is a sequence.
    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The value of the first pair whose key is a scalar with exactly this text,
    /// when this node is a mapping; nil otherwise.
    public subscript(key: String) -> Node? {
        guard case .mapping(let pairs) = content else { return nil }
        for pair in pairs {
            if case .scalar(let keyScalar) = pair.key.content, keyScalar.text == key {
                return pair.value
            }
        }
        return nil
    }
}

/// The out-of-line storage of a node's tag.
final class NodeTagStorage: Sendable {
    let tag: String

    init(_ tag: String) {
        self.tag = tag
    }
}
