import YAMLKit

/// What a CRD schema says about one field, for comparing objects: the value the API server
/// fills in when the field is absent, and whether a list is an unordered set or a map keyed by
/// some fields of its items (`x-kubernetes-list-type: set` or `map`). Other lists are atomic:
/// their order counts.
public struct FieldSchema: Hashable, Sendable {
    /// The schema's `default`, which the API server writes when the field is missing (or null).
    public var defaultValue: YAMLValue?
    /// How the list's items are identified, when the field is a set or a map list.
    public var list: ListSemantics?

    /// Creates a field description.
    public init(default defaultValue: YAMLValue? = nil, list: ListSemantics? = nil) {
        self.defaultValue = defaultValue
        self.list = list
    }
}

/// How the items of an unordered list are told apart.
public enum ListSemantics: Hashable, Sendable {
    /// Each item is its own identity (`x-kubernetes-list-type: set`).
    case set
    /// Items are identified by these fields (`x-kubernetes-list-type: map` with
    /// `x-kubernetes-list-map-keys`).
    case map(keys: [String])
}

/// The schema facts of one kind: its scope and its fields by path. A path names a field from
/// the object's root, `.` between keys and `[]` for a list's items, e.g.
/// `spec.rules[].backendRefs[].weight`.
public struct KindSchema: Hashable, Sendable {
    /// Whether objects of the kind have no namespace.
    public let clusterScoped: Bool
    /// The fields that have a default or are unordered lists.
    public let fields: [String: FieldSchema]
    /// The defaulted fields by the path of the mapping that holds them, sorted by key.
    private let defaultsByParent: [String: [YAMLValue.Entry]]

    /// Creates a kind's schema.
    public init(clusterScoped: Bool, fields: [String: FieldSchema]) {
        self.clusterScoped = clusterScoped
        self.fields = fields
        var defaults: [String: [YAMLValue.Entry]] = [:]
        for (path, field) in fields {
            guard let value = field.defaultValue else { continue }
            let parent = path.lastIndex(of: ".").map { String(path[..<$0]) } ?? ""
            let key = path.lastIndex(of: ".").map { String(path[path.index(after: $0)...]) } ?? path
            defaults[parent, default: []].append(YAMLValue.Entry(key, value))
        }
        defaultsByParent = defaults.mapValues { $0.sorted { $0.key < $1.key } }
    }

    /// The fields with a default directly inside the mapping at `path`, sorted by key.
    public func defaultedChildren(of path: String) -> [YAMLValue.Entry] {
        defaultsByParent[path] ?? []
    }
}

/// The CRD schema facts of the Gateway API kinds (group `gateway.networking.k8s.io`), taken
/// from the v1.6.1 experimental channel, which holds every field of the standard channel. The
/// facts of all served versions of a kind are merged (no path means different things in two
/// versions). The table is generated from the CRDs, and a test checks it still matches them.
public enum GatewayAPISchema {
    /// The Gateway API group.
    public static let group = "gateway.networking.k8s.io"

    /// The schema of a kind of the Gateway API group; nil for other groups and unknown kinds.
    public static func schema(group: String, kind: String) -> KindSchema? {
        group == Self.group ? kinds[kind] : nil
    }
}
