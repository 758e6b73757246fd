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
    /// Objects of other kinds, counted by kind, that were read and not used.
    public var ignoredKinds: [String: Int] = [:]

    /// Creates an empty set.
    public init() {}
}
