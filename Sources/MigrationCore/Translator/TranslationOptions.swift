/// Options that shape the generated objects (the command line's translation options).
public struct TranslationOptions: Sendable {
    /// The namespace shared Gateways are generated in (`--gateway-namespace`).
    public var gatewayNamespace: String = TranslationOptions.defaultGatewayNamespace
    /// The Gateway name (`--gateway-name`); nil names each Gateway after its ingress class.
    public var gatewayName: String?
    /// The GatewayClass every Gateway uses (`--gateway-class`); nil uses the ingress class name.
    public var gatewayClassName: String?
    /// One Gateway per namespace and class, as upstream ingress2gateway generates
    /// (`--gateway-per-namespace`).
    public var gatewayPerNamespace: Bool = false
    /// Namespaces that get a Gateway of their own, accepting only routes of that namespace,
    /// while every other namespace shares one (`--dedicated-gateway`, repeatable).
    public var dedicatedNamespaces: Set<String> = []
    /// Listeners of shared Gateways select namespaces by this label key (`--team-label`)
    /// instead of by `kubernetes.io/metadata.name`; the Namespace label patches are generated.
    public var teamLabel: String?
    /// The team of each namespace in team-label mode (`--team NS=TEAM`); a namespace without
    /// an entry is its own team.
    public var teams: [String: String] = [:]
    /// The implementation whose GatewayClasses are generated (`--target`), if any.
    public var target: TargetImplementation?
    /// An explicit `controllerName` for the generated GatewayClasses
    /// (`--gateway-class-controller`); it overrides the target's.
    public var gatewayClassController: String?
    /// Whether experimental-channel Gateway API fields may be generated.
    public var allowExperimental: Bool = false
    /// The implementation whose resources carry what Gateway API cannot (`--emitter`).
    public var emitter: EmitterChoice = .standard

    /// The default for `--gateway-namespace`.
    public static let defaultGatewayNamespace = "gateway-system"

    /// Creates options with the defaults.
    public init() {}

    /// Whether routes of `namespace` attach to a Gateway in their own namespace.
    public func hasOwnGateway(_ namespace: String) -> Bool {
        gatewayPerNamespace || dedicatedNamespaces.contains(namespace)
    }

    /// The team a namespace belongs to in team-label mode.
    public func team(of namespace: String) -> String {
        teams[namespace] ?? namespace
    }
}
