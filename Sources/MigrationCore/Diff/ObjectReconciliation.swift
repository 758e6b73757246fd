import YAMLKit

/// Decides whether an existing object means the same as a generated one, and writes the
/// existing object for the diff so that only real differences show as changed lines.
///
/// Two fields mean the same when they are equal once the fields their schema defaults are
/// left out (``SchemaDefaults``) and one is reordered like the other (``ObjectAlignment``).
/// For display, the existing object is rewritten against the generated one, recursively:
///
/// - a field that means the same as the generated field is shown as the generated field;
/// - a field only the generated object has is kept out when it holds its default (the
///   existing object has it implicitly), and one only the existing object has is left out
///   when it holds its default (typically a value the API server filled in);
/// - list items are paired like ``ObjectAlignment`` pairs them; whatever stays unpaired or
///   differs is shown in the existing object's own words, without its defaulted fields.
///
/// The generated object is always shown as generated, so an added object reads exactly as
/// `print` writes it.
struct ObjectReconciliation {
    /// The kind's schema; empty for kinds outside the Gateway API group.
    var schema: KindSchema

    /// The reconciliation for objects of this identity's group and kind.
    init(identity: ObjectIdentity) {
        schema = GatewayAPISchema.schema(group: identity.group, kind: identity.kind) ?? KindSchema(clusterScoped: false, fields: [:])
    }

    /// Whether two fields at `path` mean the same.
    func same(_ value: YAMLValue, _ other: YAMLValue, at path: String) -> Bool {
        let defaults = SchemaDefaults(schema: schema)
        return ObjectAlignment(schema: schema).same(defaults.withoutDefaults(value, at: path), defaults.withoutDefaults(other, at: path), at: path)
    }

    /// A field without the fields inside it that hold their defaults.
    func withoutDefaults(_ value: YAMLValue, at path: String) -> YAMLValue {
        SchemaDefaults(schema: schema).withoutDefaults(value, at: path)
    }

    /// `old`, written like `new` wherever the two mean the same.
    func reconcile(_ old: YAMLValue, to new: YAMLValue, at path: String) -> YAMLValue {
        if same(old, new, at: path) { return new }
        switch (old, new) {
        case (.mapping(let oldEntries), .mapping(let newEntries)):
            var result: [YAMLValue.Entry] = []
            for entry in newEntries {
                let childPath = ObjectAlignment.child(path, entry.key)
                if let oldEntry = oldEntries.first(where: { $0.key == entry.key }) {
                    result.append(.init(entry.key, reconcile(oldEntry.value, to: entry.value, at: childPath)))
                } else if holdsDefault(entry.value, at: childPath) {
                    result.append(entry)
                }
            }
            for entry in oldEntries where !newEntries.contains(where: { $0.key == entry.key }) {
                let childPath = ObjectAlignment.child(path, entry.key)
                if !holdsDefault(entry.value, at: childPath) { result.append(.init(entry.key, withoutDefaults(entry.value, at: childPath))) }
            }
            return .mapping(result)
        case (.sequence(let oldItems), .sequence(let newItems)):
            return .sequence(reconcile(oldItems, to: newItems, at: path))
        default:
            return withoutDefaults(old, at: path)
        }
    }

    private func reconcile(_ oldItems: [YAMLValue], to newItems: [YAMLValue], at path: String) -> [YAMLValue] {
        let itemPath = path + "[]"
        var remaining = oldItems
        var result: [YAMLValue] = []
        let matches: (YAMLValue, YAMLValue) -> Bool
        switch schema.fields[path]?.list {
        case .set?: matches = { same($0, $1, at: itemPath) }
        case .map(let keys)?: matches = { old, new in keys.allSatisfy { old[$0] == new[$0] } }
        case nil:
            for (index, item) in oldItems.enumerated() {
                result.append(index < newItems.count ? reconcile(item, to: newItems[index], at: itemPath) : withoutDefaults(item, at: itemPath))
            }
            return result
        }
        for newItem in newItems {
            guard let index = remaining.firstIndex(where: { matches($0, newItem) }) else { continue }
            result.append(reconcile(remaining.remove(at: index), to: newItem, at: itemPath))
        }
        return result + remaining.map { withoutDefaults($0, at: itemPath) }
    }

    /// Whether a field holds the value its schema defaults it to.
    private func holdsDefault(_ value: YAMLValue, at path: String) -> Bool {
        guard let defaultValue = schema.fields[path]?.defaultValue else { return false }
        return same(value, defaultValue, at: path)
    }
}
