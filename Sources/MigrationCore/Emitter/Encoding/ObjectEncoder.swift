import YAMLKit

/// Turns generated objects into ordered documents: kinds in apply order
/// (Namespace, GatewayClass, Gateway, ListenerSet, HTTPRoute, GRPCRoute, TLSRoute,
/// BackendTLSPolicy, ReferenceGrant), each kind
/// sorted by namespace then name, keys in Kubernetes' conventional order.
public struct ObjectEncoder: Sendable {
    /// The value of the generator annotation, `i2gw-<version>`.
    public var generator: String

    /// Creates an encoder.
    public init(generator: String) {
        self.generator = generator
    }

    /// Every object as a document, in output order. The documents are recorded when a format
    /// writes them (see ``EncodedDocument/record(into:)``), straight from the typed objects,
    /// so a large output never holds every object's data at once.
    public func encode(_ objects: GeneratedObjects) -> [EncodedDocument] {
        var documents: [EncodedDocument] = []
        documents.reserveCapacity(objects.count)
        func add(_ kind: String, _ meta: OutputMeta, _ record: @escaping @Sendable (inout YAMLTape) -> Void) {
            documents.append(
                EncodedDocument(kind: kind, namespace: meta.namespace, name: meta.name, sources: meta.sources, record: record))
        }
        for object in objects.namespaces.sorted(by: { $0.meta.name < $1.meta.name }) {
            add("Namespace", object.meta) { tape in
                tape.mapping { recordHead(apiVersion: "v1", kind: "Namespace", meta: object.meta, into: &$0) }
            }
        }
        for object in objects.gatewayClasses.sorted(by: { $0.meta.name < $1.meta.name }) {
            add("GatewayClass", object.meta) { encode(object, into: &$0) }
        }
        for object in Self.inOrder(objects.gateways) {
            add("Gateway", object.meta) { encode(object, into: &$0) }
        }
        for object in Self.inOrder(objects.listenerSets) {
            add("ListenerSet", object.meta) { encode(object, into: &$0) }
        }
        for object in Self.inOrder(objects.httpRoutes) {
            add("HTTPRoute", object.meta) { encode(object, into: &$0) }
        }
        for object in Self.inOrder(objects.grpcRoutes) {
            add("GRPCRoute", object.meta) { encode(object, into: &$0) }
        }
        for object in Self.inOrder(objects.tlsRoutes) {
            add("TLSRoute", object.meta) { encode(object, into: &$0) }
        }
        for kind in ["TCPRoute", "UDPRoute"] {
            for object in objects.streamRoutes.filter({ $0.kind == kind }).sorted(by: { Self.order($0.meta, $1.meta) }) {
                add(kind, object.meta) { encode(object, into: &$0) }
            }
        }
        for object in Self.inOrder(objects.backendTLSPolicies) {
            add("BackendTLSPolicy", object.meta) { encode(object, into: &$0) }
        }
        for object in Self.inOrder(objects.referenceGrants) {
            add("ReferenceGrant", object.meta) { encode(object, into: &$0) }
        }
        for object in objects.extensions.sorted(by: { ($0.kind, $0.meta.namespace, $0.meta.name) < ($1.kind, $1.meta.namespace, $1.meta.name) }) {
            add(object.kind, object.meta) { tape in
                tape.mapping { entries in
                    recordHead(apiVersion: object.apiVersion, kind: object.kind, meta: object.meta, into: &entries)
                    entries.add("spec", object.spec)
                }
            }
        }
        return documents
    }

    static func order(_ lhs: OutputMeta, _ rhs: OutputMeta) -> Bool {
        (lhs.namespace, lhs.name) < (rhs.namespace, rhs.name)
    }

    /// The objects sorted by namespace, then name: the list itself when it is in that order
    /// already (as the translator leaves its large lists), without a sorted copy.
    static func inOrder<Object: NamespacedObject>(_ objects: [Object]) -> [Object] {
        for index in objects.indices.dropFirst() where order(objects[index].meta, objects[index - 1].meta) {
            return objects.sorted { order($0.meta, $1.meta) }
        }
        return objects
    }
}

/// One generated object ready for a format writer.
public struct EncodedDocument: Sendable {
    /// The object's kind.
    public var kind: String
    /// The object's namespace (empty when cluster-scoped).
    public var namespace: String
    /// The object's name.
    public var name: String
    /// The input objects it came from.
    public var sources: [SourceRef]
    /// Records the object's data.
    private let recordValue: @Sendable (inout YAMLTape) -> Void

    /// Records the object, from the typed object it stands for, as the value of `tape`, which
    /// must be empty.
    public func record(into tape: inout YAMLTape) {
        recordValue(&tape)
    }

    /// The object as a data tree, built on each read.
    public var value: YAMLValue {
        var tape = YAMLTape()
        recordValue(&tape)
        return tape.value
    }

    /// Creates a document from a finished value.
    public init(kind: String, namespace: String, name: String, sources: [SourceRef], value: YAMLValue) {
        self.init(kind: kind, namespace: namespace, name: name, sources: sources, record: { $0.append(value) })
    }

    /// Creates a document whose value `record` records when it is written or read.
    init(kind: String, namespace: String, name: String, sources: [SourceRef], record: @escaping @Sendable (inout YAMLTape) -> Void) {
        self.kind = kind
        self.namespace = namespace
        self.name = name
        self.sources = sources
        self.recordValue = record
    }
}

/// A generated object the encoder orders by namespace and name.
protocol NamespacedObject {
    var meta: OutputMeta { get }
}

extension Gateway: NamespacedObject {}
extension ListenerSet: NamespacedObject {}
extension HTTPRoute: NamespacedObject {}
extension GRPCRoute: NamespacedObject {}
extension TLSRoute: NamespacedObject {}
extension BackendTLSPolicy: NamespacedObject {}
extension ReferenceGrant: NamespacedObject {}
