import YAMLKit

/// A field that does not have the shape Kubernetes requires; the object holding it is skipped
/// and reported, the rest of the input still converts.
struct ObjectShapeError: Error {
    var location: SourceLocation
    var message: String
}

/// Typed access to YAML nodes of one file, turning marks into ``SourceLocation``s and shape
/// mistakes into ``ObjectShapeError``s that name the field. Field names are passed as
/// autoclosures: they are only spelled out for an error.
struct NodeReader {
    /// The file's display path.
    var file: String
    /// Lines before the part of the file being read (a piece of a stream parsed on its own).
    var lineOffset = 0

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark.line + lineOffset, column: node.mark.column)
    }

    func mapping(_ node: Node, _ field: @autoclosure () -> String) throws -> [Pair] {
        guard let pairs = node.mapping else {
            throw ObjectShapeError(location: location(node), message: "\(field()) must be a mapping")
        }
        return pairs
    }

    func sequence(_ node: Node, _ field: @autoclosure () -> String) throws -> [Node] {
        if isNull(node) { return [] }
        guard let items = node.sequence else {
            throw ObjectShapeError(location: location(node), message: "\(field()) must be a list")
        }
        return items
    }

    /// An optional child node (nil when absent or null).
    func child(_ node: Node, _ key: String) -> Node? {
        guard let value = node[key], !isNull(value) else { return nil }
        return value
    }

    func isNull(_ node: Node) -> Bool {
        if case .null? = node.resolved { return true }
        return false
    }

    /// A string field. Plain scalars that YAML would type as numbers or booleans are read with
    /// their text.
    func string(_ node: Node, _ field: @autoclosure () -> String) throws -> String {
        guard let scalar = node.scalar else {
            throw ObjectShapeError(location: location(node), message: "\(field()) must be a string")
        }
        return scalar.text
    }

    func optionalString(_ parent: Node, _ key: String, field: @autoclosure () -> String) throws -> Located<String>? {
        guard let node = child(parent, key) else { return nil }
        return Located(try string(node, field()), at: location(node))
    }

    func integer(_ node: Node, _ field: @autoclosure () -> String) throws -> Int {
        if case .int(let value)? = node.resolved { return value }
        throw ObjectShapeError(location: location(node), message: "\(field()) must be an integer")
    }

    /// A map of strings (labels, annotations, ConfigMap data) with key and value nodes.
    func stringMap(_ node: Node, _ field: @autoclosure () -> String) throws -> [(key: String, keyNode: Node, value: String, valueNode: Node)] {
        if isNull(node) { return [] }
        var result: [(key: String, keyNode: Node, value: String, valueNode: Node)] = []
        for pair in try mapping(node, field()) {
            let key = try string(pair.key, "\(field()) key")
            let value = isNull(pair.value) ? "" : try string(pair.value, "\(field())[\(key)]")
            result.append((key, pair.key, value, pair.value))
        }
        return result
    }
}
