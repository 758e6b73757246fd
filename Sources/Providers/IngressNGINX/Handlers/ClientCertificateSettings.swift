import Foundation
import MigrationCore

/// The `auth-tls-*` annotations of one Ingress, read as the controller reads them.
///
/// `auth-tls-secret` must be `namespace/name` (the controller refuses other forms, and then
/// ignores every `auth-tls-*` key of the Ingress). `auth-tls-verify-client` is `on` (the
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

    init(_ setting: IngressSettings, findings: inout FindingList) {
        self.setting = setting
        annotations = Self.keys.compactMap { setting.annotation($0) }
        secretAnnotation = setting.string("auth-tls-secret")
        if let secretAnnotation {
            let parts = secretAnnotation.value.trimmingCharacters(in: .whitespaces).split(separator: "/", omittingEmptySubsequences: false)
            if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
                caSecret = SecretRef(name: String(parts[1]), namespace: String(parts[0]))
            } else {
                caSecret = nil
                setting.invalid(secretAnnotation, "is not namespace/name, so client certificates were not checked", findings: &findings)
            }
        } else {
            caSecret = nil
        }
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
