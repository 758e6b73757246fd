/// Gateway API objects read from existing manifests (and the Services and Namespaces they
/// refer to), in input order: what an implementation would be configured with.
public struct GatewayAPIManifests: Sendable {
    /// GatewayClasses.
    public var gatewayClasses: [GatewayClass] = []
    /// Gateways.
    public var gateways: [Gateway] = []
    /// ListenerSets.
    public var listenerSets: [ListenerSet] = []
    /// HTTPRoutes.
    public var httpRoutes: [HTTPRoute] = []
    /// ReferenceGrants, one per `from` × `to` pair of each manifest.
    public var referenceGrants: [ReferenceGrant] = []
    /// Services (backend existence and ports).
    public var services: [Service] = []
    /// Namespaces with their labels (route attachment by selector).
    public var namespaces: [NamespaceObject] = []
    /// Objects of other kinds, counted by kind.
    public var ignoredKinds: [String: Int] = [:]

    /// Creates an empty set.
    public init() {}
}
