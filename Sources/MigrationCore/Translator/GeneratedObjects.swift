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
        httpRoutes.sort { ObjectEncoder.order($0.meta, $1.meta) }
        grpcRoutes.sort { ObjectEncoder.order($0.meta, $1.meta) }
        listenerSets.sort { ObjectEncoder.order($0.meta, $1.meta) }
        referenceGrants.sort { ObjectEncoder.order($0.meta, $1.meta) }
    }
}
