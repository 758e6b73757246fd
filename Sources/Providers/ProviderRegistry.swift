import MigrationCore

/// The providers the tool knows, and how `--providers` names select them.
public enum ProviderRegistry {
    /// Every provider name `--providers` accepts.
    public static let names = ["ingress-nginx"]

    /// Settings that individual providers read (their `--<provider>-…` flags).
    public struct Settings: Sendable {
        /// `--ingress-nginx-ingress-class`.
        public var ingressNGINXClass: String?
        /// `--ingress-nginx-configmap`.
        public var ingressNGINXConfigMap: String?
        /// `--ingress-nginx-tcp-services-configmap`.
        public var ingressNGINXTCPServices: String?
        /// `--ingress-nginx-udp-services-configmap`.
        public var ingressNGINXUDPServices: String?

        /// Creates settings.
        public init(
            ingressNGINXClass: String? = nil, ingressNGINXConfigMap: String? = nil, ingressNGINXTCPServices: String? = nil,
            ingressNGINXUDPServices: String? = nil
        ) {
            self.ingressNGINXClass = ingressNGINXClass
            self.ingressNGINXConfigMap = ingressNGINXConfigMap
            self.ingressNGINXTCPServices = ingressNGINXTCPServices
            self.ingressNGINXUDPServices = ingressNGINXUDPServices
        }
    }

    /// The providers for these names (every known provider when `names` is empty, which means
    /// "detect from the input"). Unknown names are returned in `unknown`.
    public static func providers(named selected: [String], settings: Settings) -> (providers: [any Provider], unknown: [String]) {
        let wanted = selected.isEmpty ? names : selected
        var providers: [any Provider] = []
        var unknown: [String] = []
        for name in wanted {
            switch name {
            case "ingress-nginx": providers.append(IngressNGINXProvider(
                    explicitClassName: settings.ingressNGINXClass, explicitConfigMap: settings.ingressNGINXConfigMap,
                    explicitTCPServices: settings.ingressNGINXTCPServices, explicitUDPServices: settings.ingressNGINXUDPServices))
            default: unknown.append(name)
            }
        }
        return (providers, unknown)
    }
}
