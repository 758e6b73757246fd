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
    /// Whether experimental-channel Gateway API fields may be generated.
    public var allowExperimental: Bool = false

    /// The default for `--gateway-namespace`.
    public static let defaultGatewayNamespace = "gateway-system"

    /// Creates options with the defaults.
    public init() {}
}
