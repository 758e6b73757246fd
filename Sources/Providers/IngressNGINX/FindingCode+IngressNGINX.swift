import MigrationCore

/// Codes raised by the ingress-nginx provider.
extension FindingCode {
    /// An annotation the provider does not translate.
    public static let nginxUntranslatedAnnotation = FindingCode(
        "I2GW-NGINX-UNTRANSLATED-ANNOTATION", .warning,
        "An ingress-nginx annotation is not translated; requests lose the behaviour it gave them.")
    /// An annotation value the controller would not accept.
    public static let nginxInvalidAnnotationValue = FindingCode(
        "I2GW-NGINX-INVALID-ANNOTATION-VALUE", .warning,
        "An ingress-nginx annotation has a value the controller does not accept; its default applies.")
}
