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
    /// Wildcard hosts match deeper names on a Gateway.
    public static let nginxWildcardDepth = FindingCode(
        "I2GW-NGINX-WILDCARD-DEPTH", .info,
        "A wildcard host matched one label in ingress-nginx; a Gateway listener hostname matches any number of labels.")
    /// The HTTPS redirect keeps a trailing slash on a Gateway.
    public static let nginxRedirectTrailingSlash = FindingCode(
        "I2GW-NGINX-REDIRECT-TRAILING-SLASH", .info,
        "ingress-nginx's HTTPS redirect removed one trailing slash from the target; a Gateway redirect keeps the path.")
}

extension IngressNGINXProvider {
    /// Every code this provider raises.
    public static let findingCodes: [FindingCode] = [
        .nginxUntranslatedAnnotation, .nginxInvalidAnnotationValue, .nginxWildcardDepth, .nginxRedirectTrailingSlash,
    ]
}
