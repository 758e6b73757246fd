import YAMLKit

/// The form in which defaulted fields do not count: every field the API server would fill in
/// is filled in, as it does (a missing or null field with a schema default gets the default,
/// then the defaults inside it), and then every field equal to its default is left out. Two
/// objects that the API server would store alike have the same form, and it stays close to
/// what people write: `weight: 1` or a parentRef's `kind: Gateway` disappear, while the
/// fields that say something remain.
struct SchemaDefaults {
    /// The kind's schema.
    var schema: KindSchema

    /// `value` at `path` in its defaults-free form.
    func withoutDefaults(_ value: YAMLValue, at path: String) -> YAMLValue {
        switch value {
        case .mapping(var entries):
            entries.removeAll { $0.value == .null }
            for child in schema.defaultedChildren(of: path) where !entries.contains(where: { $0.key == child.key }) {
                entries.append(child)
            }
            let alignment = ObjectAlignment(schema: schema)
            return .mapping(entries.compactMap { entry in
                let childPath = ObjectAlignment.child(path, entry.key)
                let child = withoutDefaults(entry.value, at: childPath)
                if let defaultValue = schema.fields[childPath]?.defaultValue,
                   alignment.same(child, withoutDefaults(defaultValue, at: childPath), at: childPath) {
                    return nil
                }
                return .init(entry.key, child)
            })
        case .sequence(let items):
            return .sequence(items.map { withoutDefaults($0, at: path + "[]") })
        default:
            return value
        }
    }
}
