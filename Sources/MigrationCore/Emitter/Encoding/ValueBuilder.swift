import YAMLKit

/// Builds a mapping as a ``YAMLValue`` tree in a fixed key order, leaving out absent and empty
/// values: the specs of extension objects, which are kept as trees. Generated Gateway API
/// objects are recorded straight onto a ``YAMLTape`` with the same rules (`TapeEntries.swift`).
struct MappingBuilder {
    private(set) var entries: [YAMLValue.Entry] = []

    /// Appends an entry; the first makes room for the entries of most mappings at once, so
    /// appending does not reallocate on the way.
    private mutating func append(_ key: String, _ value: YAMLValue) {
        if entries.capacity == 0 { entries.reserveCapacity(8) }
        entries.append(.init(key, value))
    }

    mutating func add(_ key: String, _ value: String?) {
        if let value { append(key, .string(value)) }
    }

    mutating func add(_ key: String, _ value: Int?) {
        if let value { append(key, .int(value)) }
    }

    mutating func add(_ key: String, _ value: Bool?) {
        if let value { append(key, .bool(value)) }
    }

    /// Adds a nested value unless it is nil, an empty mapping or an empty sequence.
    mutating func add(_ key: String, _ value: YAMLValue?) {
        guard let value else { return }
        switch value {
        case .mapping(let items) where items.isEmpty: return
        case .sequence(let items) where items.isEmpty: return
        default: append(key, value)
        }
    }

    /// Adds a sequence of strings unless it is empty.
    mutating func add(_ key: String, strings: [String]) {
        add(key, .sequence(strings.map { .string($0) }))
    }

    var value: YAMLValue { .mapping(entries) }
}
