import YAMLKit

/// Reorders one object like another where order carries no meaning, so that two objects that
/// mean the same are equal value for value, and two that differ show only their real
/// differences in a line diff:
///
/// - mapping keys follow the reference's order; keys the reference lacks come after, in their
///   own order;
/// - the items of a set list (`x-kubernetes-list-type: set`) follow the reference's items they
///   equal, and the items of a map list (`map`, e.g. listeners by `name`, header matches by
///   `name`) the reference's items with the same key fields; items the reference lacks come
///   after;
/// - every other list keeps its order (rules, matches, filters, backendRefs, hostnames: their
///   order is part of what they mean), and its items are aligned one by one.
struct ObjectAlignment {
    /// The kind's schema, when it has one (only Gateway API kinds do).
    var schema: KindSchema?

    /// `value`, reordered like `reference`; `path` is the field's path in the kind's schema.
    func align(_ value: YAMLValue, to reference: YAMLValue, at path: String) -> YAMLValue {
        switch (value, reference) {
        case (.mapping(let entries), .mapping(let referenceEntries)):
            var remaining = entries
            var result: [YAMLValue.Entry] = []
            for referenceEntry in referenceEntries {
                guard let index = remaining.firstIndex(where: { $0.key == referenceEntry.key }) else { continue }
                let entry = remaining.remove(at: index)
                result.append(.init(entry.key, align(entry.value, to: referenceEntry.value, at: Self.child(path, entry.key))))
            }
            return .mapping(result + remaining)
        case (.sequence(let items), .sequence(let referenceItems)):
            switch schema?.fields[path]?.list {
            case .set?: return .sequence(pair(items, referenceItems, path: path) { $0 == $1 })
            case .map(let keys)?: return .sequence(pair(items, referenceItems, path: path) { Self.key($0, keys) == Self.key($1, keys) })
            case nil:
                return .sequence(items.enumerated().map { index, item in
                    index < referenceItems.count ? align(item, to: referenceItems[index], at: path + "[]") : item
                })
            }
        default:
            return value
        }
    }

    /// Whether two objects (or fields at `path`) mean the same, ignoring the order of keys and
    /// of set and map lists.
    func same(_ value: YAMLValue, _ reference: YAMLValue, at path: String) -> Bool {
        align(value, to: reference, at: path) == reference
    }

    /// Items matched to the reference's items by `matches`, in the reference's order, then the
    /// unmatched ones in their own order.
    private func pair(_ items: [YAMLValue], _ referenceItems: [YAMLValue], path: String, matches: (YAMLValue, YAMLValue) -> Bool) -> [YAMLValue] {
        var remaining = items
        var result: [YAMLValue] = []
        for referenceItem in referenceItems {
            guard let index = remaining.firstIndex(where: { matches($0, referenceItem) }) else { continue }
            result.append(align(remaining.remove(at: index), to: referenceItem, at: path + "[]"))
        }
        return result + remaining
    }

    /// The values of a map list item's key fields.
    private static func key(_ item: YAMLValue, _ keys: [String]) -> [YAMLValue?] {
        keys.map { item[$0] }
    }

    /// The path of a mapping's field.
    static func child(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }
}
