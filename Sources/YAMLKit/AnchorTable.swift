/// The anchors defined so far in one document, with the size of each anchored subtree,
/// and the running total of nodes added by alias expansion.
struct AnchorTable {
    private struct Entry {
        let node: Node
        let nodeCount: Int
    }

    private var entries: [String: Entry] = [:]
    /// The nodes alias expansion has added so far.
    private(set) var expandedNodeCount = 0
    private let expansionLimit: Int

    init(expansionLimit: Int) {
        self.expansionLimit = expansionLimit
    }

    /// Defines (or redefines) an anchor for a finished node of `nodeCount` nodes.
    mutating func define(_ name: String, node: Node, nodeCount: Int) {
        entries[name] = Entry(node: node, nodeCount: nodeCount)
    }

    /// The anchored node for an alias at `mark`, and its node count, after charging that
    /// count against the expansion limit.
    mutating func resolveAlias(_ name: String, at mark: Mark) throws -> (node: Node, nodeCount: Int) {
        guard let entry = entries[name] else {
            throw YAMLError(
                message: "alias refers to undefined anchor \(KeyNameQuoting.quoted(name))",
                mark: mark, kind: .undefinedAlias)
        }
        guard entry.nodeCount <= expansionLimit - expandedNodeCount else {
            throw YAMLError(
                message: "alias expansion exceeds the limit of \(expansionLimit) nodes",
                mark: mark, kind: .aliasExpansion)
        }
        expandedNodeCount += entry.nodeCount
        var copy = entry.node
        copy.mark = mark
        return (copy, entry.nodeCount)
    }
}
