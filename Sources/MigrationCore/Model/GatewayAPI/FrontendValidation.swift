/// `spec.tls.frontend.default.validation` of a Gateway: every HTTPS listener of the Gateway asks
/// TLS clients for a certificate and checks it against one CA bundle.
public struct FrontendValidation: Sendable, Hashable {
    /// `mode`: what happens to a client without a valid certificate.
    public enum Mode: String, Sendable, Hashable, Comparable {
        /// The connection is refused (the API default).
        case allowValidOnly = "AllowValidOnly"
        /// The connection is accepted anyway.
        case allowInsecureFallback = "AllowInsecureFallback"

        public static func < (lhs: Mode, rhs: Mode) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The ConfigMap holding the CA bundle under the key `ca.crt` (name and namespace).
    public var caConfigMap: SecretRef
    /// The validation mode.
    public var mode: Mode

    /// Creates a validation setting.
    public init(caConfigMap: SecretRef, mode: Mode) {
        self.caConfigMap = caConfigMap
        self.mode = mode
    }
}
