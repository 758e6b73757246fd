/// A header name and value.
public struct HTTPHeader: Sendable, Hashable {
    /// The name as written.
    public var name: String
    /// The value.
    public var value: String

    /// Creates a header.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// An ordered header list with the edits proxies make: names compare case-insensitively.
public struct HeaderList: Sendable, Hashable {
    /// The headers, in order.
    public private(set) var entries: [HTTPHeader]

    /// Creates a list.
    public init(_ entries: [HTTPHeader] = []) {
        self.entries = entries
    }

    /// The value of a header, repeated ones joined with `,`.
    public func value(_ name: String) -> String? {
        let values = entries.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
        return values.isEmpty ? nil : values.joined(separator: ",")
    }

    /// Replaces every header of that name with one header.
    public mutating func set(_ name: String, _ value: String) {
        guard let first = entries.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) else {
            entries.append(HTTPHeader(name, value))
            return
        }
        entries[first] = HTTPHeader(name, value)
        entries = entries.enumerated().filter { $0.offset == first || $0.element.name.lowercased() != name.lowercased() }.map(\.element)
    }

    /// Appends a value: to the existing header's value after a `,`, or as a new header.
    public mutating func add(_ name: String, _ value: String) {
        if let existing = self.value(name) {
            set(name, existing + "," + value)
        } else {
            entries.append(HTTPHeader(name, value))
        }
    }

    /// Removes every header of that name.
    public mutating func remove(_ name: String) {
        entries.removeAll { $0.name.lowercased() == name.lowercased() }
    }

    /// Applies an edit.
    public mutating func apply(_ edit: HeaderEdit) {
        switch edit {
        case .set(let name, let value): set(name, value)
        case .add(let name, let value): add(name, value)
        case .remove(let name): remove(name)
        }
    }

    /// Name (lower-cased) to value, for order-insensitive comparison.
    public var normalized: [String: String] {
        var result: [String: String] = [:]
        for name in Set(entries.map { $0.name.lowercased() }) { result[name] = value(name) }
        return result
    }
}

/// One change to a header list: what header modifiers, CORS and annotations do.
public enum HeaderEdit: Sendable, Hashable, CustomStringConvertible {
    /// Replace the header.
    case set(String, String)
    /// Append a value.
    case add(String, String)
    /// Remove the header.
    case remove(String)

    /// The header the edit is about.
    public var name: String {
        switch self {
        case .set(let name, _), .add(let name, _), .remove(let name): name
        }
    }

    public var description: String {
        switch self {
        case .set(let name, let value): "set \(name): \(value)"
        case .add(let name, let value): "add \(name): \(value)"
        case .remove(let name): "remove \(name)"
        }
    }
}
