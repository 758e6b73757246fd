/// Everything the translation generates: the boundary between the translator and the emitter.
public struct GeneratedObjects: Sendable {
    /// Namespaces the output needs (the shared Gateways' namespace).
    public var namespaces: [NamespaceObject] = []
    /// GatewayClasses.
    public var gatewayClasses: [GatewayClass] = []
    /// Gateways.
    public var gateways: [Gateway] = []
    /// ListenerSets (listeners past a Gateway's 64).
    public var listenerSets: [ListenerSet] = []
    /// HTTPRoutes.
    public var httpRoutes: [HTTPRoute] = []
    /// GRPCRoutes.
    public var grpcRoutes: [GRPCRoute] = []
    /// TLSRoutes (TLS passthrough).
    public var tlsRoutes: [TLSRoute] = []
    /// TCPRoutes and UDPRoutes.
    public var streamRoutes: [StreamRoute] = []
    /// Implementation resources (emitter policies), written last.
    public var extensions: [ExtensionObject] = []
    /// BackendTLSPolicies.
    public var backendTLSPolicies: [BackendTLSPolicy] = []
    /// ReferenceGrants.
    public var referenceGrants: [ReferenceGrant] = []

    /// Creates an empty set.
    public init() {}

    /// The number of objects.
    public var count: Int {
        namespaces.count + gatewayClasses.count + gateways.count + listenerSets.count + httpRoutes.count
            + grpcRoutes.count + tlsRoutes.count + streamRoutes.count + extensions.count + backendTLSPolicies.count + referenceGrants.count
    }
}

extension GeneratedObjects {
    /// Sorts the lists that grow with the cluster (routes, ListenerSets, grants) by namespace,
    /// then name, in place: the order the encoder writes them in. Sorted once here, the
    /// encoder finds them in order and neither copies nor sorts them again, and attachment
    /// predictions, made route by route, come out nearly in their final order.
    mutating func sortGrowingListsInOutputOrder() {
        httpRoutes.sortInOutputOrder()
        grpcRoutes.sortInOutputOrder()
        listenerSets.sortInOutputOrder()
        referenceGrants.sortInOutputOrder()
    }
}

extension Array where Element: NamespacedObject {
    /// Sorts the objects by namespace, then name (``ObjectEncoder/order(_:_:)``), keeping
    /// objects of the same namespace and name in their order. The positions are sorted by keys
    /// gathered once (``StringOrderKey``), then the objects are moved into place: sorting the
    /// objects themselves would move large values and read two names from the heap at every
    /// comparison.
    mutating func sortInOutputOrder() {
        guard count > 1 else { return }
        var entries = indices.map { OutputOrderEntry(namespace: StringOrderKey(self[$0].meta.namespace), name: StringOrderKey(self[$0].meta.name), index: $0) }
        entries.sort { left, right in
            let namespace = StringOrderKey.compare(
                left.namespace, right.namespace, self[left.index].meta.namespace, self[right.index].meta.namespace)
            if namespace != 0 { return namespace < 0 }
            let name = StringOrderKey.compare(left.name, right.name, self[left.index].meta.name, self[right.index].meta.name)
            if name != 0 { return name < 0 }
            return left.index < right.index
        }
        permute(by: entries.map(\.index))
    }
}

/// An object's sort keys for ``Swift/Array/sortInOutputOrder()``.
private struct OutputOrderEntry {
    var namespace: StringOrderKey
    var name: StringOrderKey
    var index: Int
}
