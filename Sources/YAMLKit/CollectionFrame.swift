/// A sequence or mapping whose end event has not been seen yet.
///
/// Its children wait on the builder's shared child stack, starting at ``firstChild``
/// (for a mapping: key, value, key, value, ...). When the collection ends they are moved
/// into one exactly sized array, so building a collection costs a single allocation.
struct CollectionFrame {
    /// Whether the frame collects sequence items or mapping pairs.
    enum Kind {
        case sequence
        case mapping
    }

    /// Mappings with fewer pairs than this find duplicate keys by a linear scan;
    /// larger ones switch to a dictionary.
    private static let keyIndexThreshold = 12

    let kind: Kind
    let mark: Mark
    let tag: String?
    let anchor: String?
    /// Where this collection's children start on the child stack.
    let firstChild: Int
    /// The node count of the subtree built so far, the collection itself included,
    /// with aliases counted at their expanded size.
    private(set) var nodeCount = 1
    private var keyMarks: [String: Mark]?

    init(kind: Kind, mark: Mark, tag: String?, anchor: String?, firstChild: Int) {
        self.kind = kind
        self.mark = mark
        self.tag = tag
        self.anchor = anchor
        self.firstChild = firstChild
    }

    /// Accepts the next child before it is pushed onto `children`: counts its nodes and,
    /// when it is a mapping key, throws ``YAMLError/Kind/duplicateKey`` if a scalar key
    /// with the same text came before.
    mutating func admit(_ child: Node, nodeCount childCount: Int, children: [Node]) throws {
        let (total, overflow) = nodeCount.addingReportingOverflow(childCount)
        nodeCount = overflow ? Int.max : total
        let position = children.count - firstChild
        guard kind == .mapping, position % 2 == 0, case .scalar(let key) = child.content else { return }
        if let firstMark = firstMark(ofKey: key.text, children: children) {
            throw YAMLError(
                message: "duplicate mapping key \(KeyNameQuoting.quoted(key.text)) (first defined at \(firstMark))",
                mark: child.mark, relatedMark: firstMark, kind: .duplicateKey)
        }
        recordKey(key.text, at: child.mark, pairIndex: position / 2, children: children)
    }

    /// The finished collection node; its children are moved off the top of `children`.
    func makeNode(takingChildrenFrom children: inout [Node]) -> Node {
        let childCount = children.count - firstChild
        switch kind {
        case .sequence:
            let items = [Node](unsafeUninitializedCapacity: childCount) { buffer, initializedCount in
                for index in stride(from: childCount - 1, through: 0, by: -1) {
                    (buffer.baseAddress! + index).initialize(to: children.removeLast())
                }
                initializedCount = childCount
            }
            return Node(content: .sequence(items), mark: mark, tag: tag)
        case .mapping:
            let pairCount = childCount / 2
            let pairs = [Pair](unsafeUninitializedCapacity: pairCount) { buffer, initializedCount in
                for index in stride(from: pairCount - 1, through: 0, by: -1) {
                    let value = children.removeLast()
                    let key = children.removeLast()
                    (buffer.baseAddress! + index).initialize(to: Pair(key: key, value: value))
                }
                initializedCount = pairCount
            }
            return Node(content: .mapping(pairs), mark: mark, tag: tag)
        }
    }

    /// The mark of an earlier scalar key with this text, if any.
    private func firstMark(ofKey text: String, children: [Node]) -> Mark? {
        if let keyMarks { return keyMarks[text] }
        for index in stride(from: firstChild, to: children.count, by: 2) {
            if case .scalar(let existing) = children[index].content, existing.text == text {
                return children[index].mark
            }
        }
        return nil
    }

    /// Keeps the dictionary of key marks up to date once the mapping is large enough to need it.
    private mutating func recordKey(_ text: String, at mark: Mark, pairIndex: Int, children: [Node]) {
        if keyMarks == nil {
            guard pairIndex + 1 >= Self.keyIndexThreshold else { return }
            var marks: [String: Mark] = [:]
            marks.reserveCapacity(Self.keyIndexThreshold * 2)
            for index in stride(from: firstChild, to: children.count, by: 2) {
                if case .scalar(let existing) = children[index].content, marks[existing.text] == nil {
                    marks[existing.text] = children[index].mark
                }
            }
            keyMarks = marks
        }
        keyMarks?[text] = mark
    }
}
