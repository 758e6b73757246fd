/// Client-certificate validation one host asked for: HTTPS clients of the host must present a
/// certificate issued by a CA (or, in fallback mode, may go without one).
public struct ClientValidationIR: Sendable, Hashable {
    /// The Secret the controller read the CA bundle (`ca.crt`) from. Gateway API's portable form
    /// is a ConfigMap, so the output refers to a ConfigMap of the same name and namespace.
    public var caSecret: SecretRef
    /// The mode the host's setting corresponds to.
    public var mode: FrontendValidation.Mode
    /// The Ingress that decided the setting.
    public var source: SourceRef
    /// The annotation or field that asked for it.
    public var location: SourceLocation

    /// Creates a client-validation request.
    public init(caSecret: SecretRef, mode: FrontendValidation.Mode, source: SourceRef, location: SourceLocation) {
        self.caSecret = caSecret
        self.mode = mode
        self.source = source
        self.location = location
    }

    /// The Gateway API setting that reproduces it.
    public var validation: FrontendValidation { FrontendValidation(caConfigMap: caSecret, mode: mode) }
}
