/// A plain data tree used for output and comparison. Mappings keep insertion order.
public enum YAMLValue: Sendable, Hashable {
    /// The null value.
    case null
    /// A boolean.
    case bool(Bool)
    /// A signed 64-bit integer.
    case int(Int)
    /// A double-precision float.
    case float(Double)
    /// A string.
    case string(String)
    /// A mapping with string keys, in insertion order.
    case mapping([YAMLValue.Entry])
    /// A sequence.
    case sequence([YAMLValue])

    /// One key/value entry of a mapping.
    public struct Entry: Sendable, Hashable {
        /// The entry's key.
        public var key: String
        /// The entry's value.
        public var value: YAMLValue

        /// Creates an entry from a key and a value.
        public init(_ key: String, _ value: YAMLValue) {
            self.key = key
            self.value = value
        }
    }

    /// The value of the first entry with this key, when this value is a mapping; nil otherwise.
    public subscript(key: String) -> YAMLValue? {
        guard case .mapping(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }
}

extension YAMLValue {
    /// Creates the value a resolved scalar stands for.
    public init(_ resolved: ResolvedScalar) {
        switch resolved {
        case .null: self = .null
        case .bool(let value): self = .bool(value)
        case .int(let value): self = .int(value)
        case .float(let value): self = .float(value)
        case .string(let value): self = .string(value)
        }
    }
}
