import Foundation
import MigrationCore

/// The `auth-tls-*` annotations of one Ingress, read as the controller reads them.
///
/// `auth-tls-secret` must be `namespace/name` (an empty namespace is the Ingress's), in the
/// Ingress's namespace unless the controller ConfigMap sets `allow-cross-namespace-resources`
/// (recent controllers refuse other namespaces by default). A refused secret made the
/// controller answer 403 to every request for the Ingress's hosts. `auth-tls-verify-client` is `on` (the
/// default), `off`, `optional` or `optional_no_ca`; any other value means `on`.
/// `auth-tls-verify-depth` is a positive whole number, 1 by default.
struct ClientCertificateSettings {
    /// What nginx's `ssl_verify_client` was set to.
    enum VerifyClient: String {
        case on, off, optional
        case optionalNoCA = "optional_no_ca"
    }

    /// Every `auth-tls-*` key, in the order they are reported.
    static let keys = [
        "auth-tls-secret", "auth-tls-verify-client", "auth-tls-verify-depth", "auth-tls-error-page",
        "auth-tls-pass-certificate-to-upstream", "auth-tls-match-cn",
    ]

    /// The Ingress's settings.
    let setting: IngressSettings
    /// The `auth-tls-*` annotations present, in ``keys`` order.
    let annotations: [Annotation]
    /// The CA Secret, when `auth-tls-secret` is readable.
    let caSecret: SecretRef?
    /// `auth-tls-secret` itself.
    let secretAnnotation: Annotation?
    /// The verification mode, nil when `auth-tls-verify-client` is unreadable (then `on`).
    let verifyClient: VerifyClient?

    /// Why the controller refused `auth-tls-secret`, when it did: it then answered 403 to every
    /// request for the Ingress's hosts.
    let refusal: String?
    /// True when the CA Secret is in another namespace and the controller ConfigMap does not say
    /// whether the controller accepted that (`allow-cross-namespace-resources`).
    let crossNamespaceUnknown: Bool

    init(_ setting: IngressSettings, allowCrossNamespace: Bool?) {
        self.setting = setting
        annotations = Self.keys.compactMap { setting.annotation($0) }
        secretAnnotation = setting.string("auth-tls-secret")
        var secret: SecretRef?
        var refusal: String?
        if let secretAnnotation {
            let parts = secretAnnotation.value.trimmingCharacters(in: .whitespaces).split(separator: "/", omittingEmptySubsequences: false)
            if parts.count == 2, !parts[1].isEmpty {
                let reference = SecretRef(name: String(parts[1]), namespace: parts[0].isEmpty ? setting.ingress.meta.namespace : String(parts[0]))
                if KubernetesName.isSubdomain(reference.name) && KubernetesName.isLabel(reference.namespace) {
                    secret = reference
                } else {
                    refusal = "names no Secret a cluster can hold (not a valid namespace and name)"
                }
            } else {
                refusal = "is not namespace/name"
            }
        }
        let crossNamespace = secret.map { $0.namespace != setting.ingress.meta.namespace } ?? false
        if crossNamespace && allowCrossNamespace == false {
            refusal = "names a Secret in another namespace, which the controller refuses (allow-cross-namespace-resources is false)"
            secret = nil
        }
        caSecret = secret
        self.refusal = refusal
        crossNamespaceUnknown = crossNamespace && allowCrossNamespace == nil
        if let annotation = setting.string("auth-tls-verify-client") {
            verifyClient = VerifyClient(rawValue: annotation.value.trimmingCharacters(in: .whitespaces))
        } else {
            verifyClient = .on
        }
    }

    /// The mode the controller applied.
    var effectiveVerifyClient: VerifyClient { verifyClient ?? .on }

    /// The Gateway API validation the settings correspond to; nil when no certificate is asked for.
    var validationMode: FrontendValidation.Mode? {
        switch effectiveVerifyClient {
        case .on: .allowValidOnly
        case .optional, .optionalNoCA: .allowInsecureFallback
        case .off: nil
        }
    }
}
