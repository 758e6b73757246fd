/// Everything the parser stage read that the translation uses: the boundary between parsing
/// and translation. Holds no YAML types.
public struct ParsedManifests: Sendable {
    /// Ingress objects, in input order.
    public var ingresses: [Ingress] = []
    /// IngressClass objects.
    public var ingressClasses: [IngressClass] = []
    /// Services (for named ports).
    public var services: [Service] = []
    /// ConfigMaps (controller settings, header sets).
    public var configMaps: [ConfigMap] = []
    /// HTTPRoutes already in the input (checked for attachment, not regenerated).
    public var existingRoutes: [ExistingRoute] = []
    /// ReferenceGrants already in the input.
    public var existingGrants: [ExistingReferenceGrant] = []
    /// Objects of other kinds, counted by kind, that were read and not used.
    public var ignoredKinds: [String: Int] = [:]

    /// Creates an empty set.
    public init() {}

    /// Adds what `other` read after what this set holds.
    mutating func append(_ other: ParsedManifests) {
        ingresses += other.ingresses
        ingressClasses += other.ingressClasses
        services += other.services
        configMaps += other.configMaps
        existingRoutes += other.existingRoutes
        existingGrants += other.existingGrants
        ignoredKinds.merge(other.ignoredKinds, uniquingKeysWith: +)
    }
}
