extension Node {
    /// How Kubernetes would type this node, when it is a scalar; nil for collections.
    /// See ``ResolvedScalar`` for the rules.
    public var resolved: ResolvedScalar? {
        guard case .scalar(let scalar) = content else { return nil }
        return ResolvedScalar(text: scalar.text, style: scalar.style, tag: tag)
    }

    /// Converts the node recursively into a ``YAMLValue``: scalars through ``resolved``,
    /// mapping keys as their scalar text. A key that is itself a collection (rare in
    /// practice) becomes its compact flow-style rendering, e.g. `[a, b]`.
    public func toValue() -> YAMLValue {
        switch content {
        case .scalar:
            return YAMLValue(resolved ?? .null)
        case .sequence(let items):
            return .sequence(items.map { $0.toValue() })
        case .mapping(let pairs):
            var entries: [YAMLValue.Entry] = []
            entries.reserveCapacity(pairs.count)
            for pair in pairs {
                entries.append(YAMLValue.Entry(pair.key.keyText, pair.value.toValue()))
            }
            return .mapping(entries)
        }
    }

    /// The text used when this node serves as a mapping key.
    private var keyText: String {
        switch content {
        case .scalar(let scalar): return scalar.text
        case .mapping, .sequence: return flowText
        }
    }

    /// A compact flow-style rendering of the node, used for collection keys.
    private var flowText: String {
        switch content {
        case .scalar(let scalar):
            return scalar.text
        case .sequence(let items):
            return "[" + items.map(\.flowText).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { "\($0.key.flowText): \($0.value.flowText)" }.joined(separator: ", ") + "}"
        }
    }
}
