internal import CLibYAML

/// Builds the node tree of one document from libyaml's events, enforcing the depth,
/// scalar-size and alias-expansion limits and rejecting duplicate keys.
struct DocumentTreeBuilder {
    private let limits: ParseLimits
    private var openCollections: [CollectionFrame] = []
    /// The finished children of all open collections, innermost last.
    private var children: [Node] = []
    private var anchors: AnchorTable
    /// The finished root node, once the document's content is complete.
    private(set) var root: Node?

    init(limits: ParseLimits) {
        self.limits = limits
        self.anchors = AnchorTable(expansionLimit: limits.maxAliasExpansion)
        openCollections.reserveCapacity(16)
        children.reserveCapacity(64)
    }

    /// Makes the builder ready for another document, keeping its lists' storage.
    mutating func reset() {
        openCollections.removeAll(keepingCapacity: true)
        children.removeAll(keepingCapacity: true)
        anchors = AnchorTable(expansionLimit: limits.maxAliasExpansion)
        root = nil
    }

    /// The nodes alias expansion has added to the current document.
    var aliasNodesExpanded: Int { anchors.expandedNodeCount }

    /// The finished root node, handed over (the builder no longer holds it).
    mutating func takeRoot() -> Node? {
        defer { root = nil }
        return root
    }

    /// Consumes one event of the document's content; returns true at the document end.
    mutating func consume(_ event: UnsafePointer<yaml_event_t>) throws -> Bool {
        switch event.pointee.type {
        case YAML_SCALAR_EVENT:
            try addScalar(event)
        case YAML_ALIAS_EVENT:
            let (node, count) = try anchors.resolveAlias(event.anchorName ?? "", at: event.startMark)
            try attach(node, nodeCount: count)
        case YAML_SEQUENCE_START_EVENT:
            try open(.sequence, event)
        case YAML_MAPPING_START_EVENT:
            try open(.mapping, event)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            try closeCollection()
        case YAML_DOCUMENT_END_EVENT:
            return true
        default:
            break
        }
        return false
    }

    private mutating func addScalar(_ event: UnsafePointer<yaml_event_t>) throws {
        let mark = event.startMark
        guard event.scalarByteCount <= limits.maxScalarBytes else {
            throw YAMLError(
                message: "scalar of \(event.scalarByteCount) bytes exceeds the limit of \(limits.maxScalarBytes) bytes",
                mark: mark, kind: .scalarSize)
        }
        let scalar = Scalar(text: event.scalarText, style: event.scalarStyle)
        let node = Node(content: .scalar(scalar), mark: mark, tag: event.nodeTag)
        if let anchor = event.anchorName {
            anchors.define(anchor, node: node, nodeCount: 1)
        }
        try attach(node, nodeCount: 1)
    }

    private mutating func open(_ kind: CollectionFrame.Kind, _ event: UnsafePointer<yaml_event_t>) throws {
        let mark = event.startMark
        guard openCollections.count < limits.maxDepth else {
            throw YAMLError(
                message: "collections are nested deeper than the limit of \(limits.maxDepth)",
                mark: mark, kind: .depth)
        }
        openCollections.append(CollectionFrame(
            kind: kind, mark: mark, tag: event.nodeTag, anchor: event.anchorName, firstChild: children.count))
    }

    private mutating func closeCollection() throws {
        guard let frame = openCollections.popLast() else { return }
        let node = frame.makeNode(takingChildrenFrom: &children)
        if let anchor = frame.anchor {
            anchors.define(anchor, node: node, nodeCount: frame.nodeCount)
        }
        try attach(node, nodeCount: frame.nodeCount)
    }

    /// Hands a finished node to the innermost open collection, or makes it the root.
    private mutating func attach(_ node: Node, nodeCount: Int) throws {
        if openCollections.isEmpty {
            root = node
        } else {
            try openCollections[openCollections.count - 1].admit(node, nodeCount: nodeCount, children: children)
            children.append(node)
        }
    }
}
