import MigrationCore

/// The Gateway API objects an implementation is configured with: the Gateway API engine's
/// input. Holds no YAML.
public struct GatewayAPIConfiguration: Sendable {
    /// Gateways.
    public var gateways: [Gateway]
    /// ListenerSets.
    public var listenerSets: [ListenerSet]
    /// HTTPRoutes.
    public var httpRoutes: [HTTPRoute]
    /// GRPCRoutes.
    public var grpcRoutes: [GRPCRoute] = []
    /// TLSRoutes.
    public var tlsRoutes: [TLSRoute] = []
    /// ReferenceGrants (one `from` and one `to` each).
    public var referenceGrants: [ReferenceGrant]
    /// Which Services exist.
    public var services: ServiceCatalog
    /// Labels of the namespaces that have any; every namespace also carries
    /// `kubernetes.io/metadata.name: <name>`, as the API server adds it.
    public var namespaceLabels: [String: [String: String]]

    /// Creates a configuration.
    public init(
        gateways: [Gateway], listenerSets: [ListenerSet] = [], httpRoutes: [HTTPRoute], referenceGrants: [ReferenceGrant] = [],
        services: ServiceCatalog = .assumeEveryServiceExists, namespaceLabels: [String: [String: String]] = [:]
    ) {
        self.gateways = gateways
        self.listenerSets = listenerSets
        self.httpRoutes = httpRoutes
        self.referenceGrants = referenceGrants
        self.services = services
        self.namespaceLabels = namespaceLabels
    }

    /// Objects read from manifests: only the Services they include exist.
    public init(_ manifests: GatewayAPIManifests) {
        var labels: [String: [String: String]] = [:]
        for namespace in manifests.namespaces { labels[namespace.meta.name] = namespace.meta.labels }
        self.init(
            gateways: manifests.gateways, listenerSets: manifests.listenerSets, httpRoutes: manifests.httpRoutes,
            referenceGrants: manifests.referenceGrants,
            services: .known(Set(manifests.services.map { ServiceCatalog.key($0.namespace, $0.name) })),
            namespaceLabels: labels)
    }

    /// What a translation generated; the Services it routes to are assumed to exist.
    public init(_ objects: GeneratedObjects) {
        self.init(
            gateways: objects.gateways, listenerSets: objects.listenerSets, httpRoutes: objects.httpRoutes,
            referenceGrants: objects.referenceGrants)
        grpcRoutes = objects.grpcRoutes
        tlsRoutes = objects.tlsRoutes
    }

    /// A namespace's labels, including the automatic name label.
    func labels(ofNamespace namespace: String) -> [String: String] {
        var labels = namespaceLabels[namespace] ?? [:]
        labels["kubernetes.io/metadata.name"] = namespace
        return labels
    }

    /// Whether a namespace is admitted by an `allowedRoutes` or `allowedListeners` rule whose
    /// `Same` means `ownerNamespace`.
    func admits(_ allowed: AllowedNamespaces, namespace: String, ownerNamespace: String) -> Bool {
        switch allowed {
        case .same: namespace == ownerNamespace
        case .all: true
        case .names(let names): names.contains(namespace)
        case .selector(let selector): selector.matches(labels(ofNamespace: namespace))
        case .labelIn(let key, let values): labels(ofNamespace: namespace)[key].map(values.contains) ?? false
        }
    }

    /// Whether a ReferenceGrant in `targetNamespace` lets objects of `fromKind` in
    /// `fromNamespace` refer to the object `toKind`/`toName` of group `toGroup`.
    func grants(fromKind: String, fromNamespace: String, toGroup: String, toKind: String, toName: String, targetNamespace: String) -> Bool {
        referenceGrants.contains { grant in
            grant.meta.namespace == targetNamespace && grant.fromGroup == gatewayGroup && grant.fromKind == fromKind
                && grant.fromNamespace == fromNamespace && grant.toGroup == toGroup && grant.toKind == toKind
                && (grant.toName.isEmpty || grant.toName == toName)
        }
    }
}

/// Which Services exist, for backend references.
public enum ServiceCatalog: Sendable, Hashable {
    /// Every referenced Service exists (verification of a translation, whose input need not
    /// include Services).
    case assumeEveryServiceExists
    /// Exactly these `namespace/name` Services exist.
    case known(Set<String>)

    /// The catalog key of a Service.
    public static func key(_ namespace: String, _ name: String) -> String { "\(namespace)/\(name)" }

    /// Whether the Service exists.
    public func contains(namespace: String, name: String) -> Bool {
        switch self {
        case .assumeEveryServiceExists: true
        case .known(let keys): keys.contains(Self.key(namespace, name))
        }
    }
}
