/// Names a Kubernetes object in findings and provenance: `Ingress shop/web`.
public struct ObjectRef: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The object's kind, e.g. `Ingress`.
    public var kind: String
    /// The namespace; empty for cluster-scoped objects.
    public var namespace: String
    /// The object's name.
    public var name: String

    /// Creates a reference.
    public init(kind: String, namespace: String, name: String) {
        self.kind = kind
        self.namespace = namespace
        self.name = name
    }

    /// `Kind namespace/name`, or `Kind name` when cluster-scoped.
    public var description: String {
        var bytes: [UInt8] = []
        appendDescription(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``description`` as UTF-8, without building a string (the YAML output writes it
    /// above every document).
    func appendDescription(to output: inout [UInt8]) {
        output += kind.utf8
        output.append(UInt8(ascii: " "))
        if !namespace.isEmpty {
            output += namespace.utf8
            output.append(UInt8(ascii: "/"))
        }
        output += name.utf8
    }

    public static func < (lhs: ObjectRef, rhs: ObjectRef) -> Bool {
        // Field by field rather than as tuples, which would copy every string compared.
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        if lhs.namespace != rhs.namespace { return lhs.namespace < rhs.namespace }
        return lhs.name < rhs.name
    }
}
