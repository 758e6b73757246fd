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

extension FindingCode {
    /// A client-certificate setting carried with a difference, or lost.
    public static let nginxClientCertificate = FindingCode(
        "I2GW-NGINX-CLIENT-CERT", .warning,
        "An ingress-nginx client-certificate setting (auth-tls-*) is carried with a difference, or has no Gateway API equivalent.")
}

extension IngressNGINXProvider {
    /// Every code this provider raises.
    public static let findingCodes: [FindingCode] = [
        .nginxUntranslatedAnnotation, .nginxInvalidAnnotationValue, .nginxWildcardDepth, .nginxRedirectTrailingSlash,
        .nginxRegexMode, .nginxRegexPathApproximated, .nginxRewriteApproximated, .nginxRewriteInexpressible,
        .nginxConfigMapMissing, .nginxVariableHeader, .nginxCustomHeadersDenied, .nginxCORSWildcardOrigin, .nginxCORSPlainHTTP, .nginxCORSListTooLong,
        .nginxAnnotationIgnored,
        .nginxCanaryWithoutPrimary, .nginxCanaryApproximated, .nginxCanarySharedUpstream, .nginxDroppedSecurityControl, .nginxSnippet,
        .nginxUnknownAnnotation, .nginxNoEffectAnnotation, .nginxControllerSetting, .nginxGRPCPathInexpressible,
        .nginxBackendProtocolUnsupported, .nginxBackendVerification, .nginxMixedGRPCHost, .nginxPassthrough, .nginxMirrorUnsupported,
        .nginxNeedsExperimental, .nginxExperimentalApproximated, .nginxStreamService, .nginxTimeoutApproximated,
        .nginxDefaultTimeouts, .nginxRedirectQuery, .nginxClientCertificate,
    ]
}

extension FindingCode {
    /// A host put in regex mode.
    public static let nginxRegexMode = FindingCode(
        "I2GW-NGINX-REGEX-MODE", .info,
        "use-regex or rewrite-target put every path of a host in case-insensitive regex mode; the Gateway matches literal prefixes.")
    /// A regex-mode path matched differently.
    public static let nginxRegexPathApproximated = FindingCode(
        "I2GW-NGINX-REGEX-PATH", .warning, "A regex-mode path matches a slightly different set of requests on the Gateway.")
    /// A rewrite with a small documented difference.
    public static let nginxRewriteApproximated = FindingCode(
        "I2GW-NGINX-REWRITE-APPROXIMATED", .info, "A rewrite-target was translated with a small difference for one request form.")
    /// A rewrite that cannot be expressed.
    public static let nginxRewriteInexpressible = FindingCode(
        "I2GW-NGINX-REWRITE-INEXPRESSIBLE", .error,
        "A rewrite-target uses capture groups that standard Gateway API cannot express; the backend would receive the wrong path.")
}

extension FindingCode {
    /// A referenced ConfigMap that is not in the input.
    public static let nginxConfigMapMissing = FindingCode(
        "I2GW-NGINX-CONFIGMAP-MISSING", .warning, "An annotation names a ConfigMap that is not in the input, so its contents could not be translated.")
    /// A custom header value holding `$`.
    public static let nginxVariableHeader = FindingCode(
        "I2GW-NGINX-VARIABLE-HEADER", .info, "A custom header value holds \"$\", which ingress-nginx sent literally rather than as a variable; so does the Gateway.")
    /// Custom headers the controller refused, denying the Ingress's paths.
    public static let nginxCustomHeadersDenied = FindingCode(
        "I2GW-NGINX-CUSTOM-HEADERS-DENIED", .warning,
        "ingress-nginx refused an Ingress's custom-headers (not allowed by global-allowed-response-headers, or unreadable) and answered 503 on its paths; the Gateway serves them.")
    /// A CORS wildcard origin.
    public static let nginxCORSWildcardOrigin = FindingCode(
        "I2GW-NGINX-CORS-WILDCARD-ORIGIN", .info, "A wildcard CORS origin matched one label in ingress-nginx.")
    /// CORS preflights on plain HTTP are redirected on a Gateway.
    public static let nginxCORSPlainHTTP = FindingCode(
        "I2GW-NGINX-CORS-PLAIN-HTTP", .info,
        "ingress-nginx answered CORS OPTIONS requests on plain HTTP itself, before its HTTPS redirect; the Gateway redirects them.")
    /// A CORS list longer than a Gateway API CORS filter holds.
    public static let nginxCORSListTooLong = FindingCode(
        "I2GW-NGINX-CORS-LIST-TOO-LONG", .error,
        "A CORS annotation lists more origins or headers than a Gateway API CORS filter holds (64); only the first 64 were kept, so the others get no CORS permission.")
}

extension FindingCode {
    /// An annotation the controller itself ignored in this situation.
    public static let nginxAnnotationIgnored = FindingCode(
        "I2GW-NGINX-ANNOTATION-IGNORED", .info, "An annotation had no effect in the controller in this situation, so it has none in the output.")
}

extension FindingCode {
    /// A canary without a primary path.
    public static let nginxCanaryWithoutPrimary = FindingCode(
        "I2GW-NGINX-CANARY-WITHOUT-PRIMARY", .warning, "A canary path has no primary path to attach to (or the path already has a canary); the controller ignored it.")
    /// A canary rule matched differently.
    public static let nginxCanaryApproximated = FindingCode(
        "I2GW-NGINX-CANARY-APPROXIMATED", .warning, "A canary header pattern or cookie is matched with an implementation-specific regular expression.")
    /// A canary that reaches paths beyond the one it names.
    public static let nginxCanarySharedUpstream = FindingCode(
        "I2GW-NGINX-CANARY-SHARED-UPSTREAM", .info,
        "A canary also splits other paths served by the primary's Service port, as the controller attached it to that upstream.")
}

extension FindingCode {
    /// A dropped security control.
    public static let nginxDroppedSecurityControl = FindingCode(
        "I2GW-NGINX-DROPPED-SECURITY-CONTROL", .error,
        "An annotation that restricted access (IP allow-list, authentication, rate limit, WAF) is not translated: applying the output widens access.")
    /// A snippet annotation.
    public static let nginxSnippet = FindingCode(
        "I2GW-NGINX-SNIPPET", .warning, "A snippet annotation holds raw nginx configuration; it is quoted so it can be ported by hand.")
    /// An unknown key under the prefix.
    public static let nginxUnknownAnnotation = FindingCode(
        "I2GW-NGINX-UNKNOWN-ANNOTATION", .warning, "A key under the ingress-nginx prefix is not one the controller knows; it had no effect.")
    /// A key with no behavioural effect.
    public static let nginxNoEffectAnnotation = FindingCode(
        "I2GW-NGINX-NO-EFFECT-ANNOTATION", .info, "An annotation has no behavioural effect on current controllers; nothing is generated for it.")
}

extension FindingCode {
    /// A controller-wide setting without translation.
    public static let nginxControllerSetting = FindingCode(
        "I2GW-NGINX-CONTROLLER-SETTING", .warning, "A controller ConfigMap setting changed behaviour for every route and has no standard Gateway API field.")
}

extension FindingCode {
    /// A gRPC path a GRPCRoute cannot match.
    public static let nginxGRPCPathInexpressible = FindingCode(
        "I2GW-NGINX-GRPC-PATH", .error, "A path of a gRPC backend is not of a form a GRPCRoute can match; it was not translated.")
    /// A backend protocol without equivalent.
    public static let nginxBackendProtocolUnsupported = FindingCode(
        "I2GW-NGINX-BACKEND-PROTOCOL", .error, "A backend protocol (FCGI, AUTO_HTTP) has no Gateway API equivalent.")
    /// Backend certificate verification changes.
    public static let nginxBackendVerification = FindingCode(
        "I2GW-NGINX-BACKEND-VERIFICATION", .warning,
        "A BackendTLSPolicy verifies the backend certificate, which ingress-nginx did not (or needs its CA in a ConfigMap).")
    /// gRPC and HTTP on one host.
    public static let nginxMixedGRPCHost = FindingCode(
        "I2GW-NGINX-MIXED-GRPC-HOST", .warning, "A host has gRPC and HTTP backends; not every implementation accepts a GRPCRoute and an HTTPRoute for one hostname.")
    /// TLS passthrough.
    public static let nginxPassthrough = FindingCode(
        "I2GW-NGINX-SSL-PASSTHROUGH", .info, "A host's TLS is passed through to its backend with a TLS listener and a TLSRoute.")
    /// A mirror that cannot be expressed.
    public static let nginxMirrorUnsupported = FindingCode(
        "I2GW-NGINX-MIRROR", .warning, "A mirror setting has no RequestMirror equivalent.")
}

extension FindingCode {
    /// A feature that needs the experimental channel.
    public static let nginxNeedsExperimental = FindingCode(
        "I2GW-NGINX-NEEDS-EXPERIMENTAL", .warning, "An annotation needs an experimental-channel field; pass --allow-experimental-gw-api to translate it.")
    /// An experimental translation with differences.
    public static let nginxExperimentalApproximated = FindingCode(
        "I2GW-NGINX-EXPERIMENTAL-APPROXIMATED", .info, "An annotation was translated to an experimental field with a documented difference.")
}

extension FindingCode {
    /// A tcp-services or udp-services entry that cannot be carried over as is.
    public static let nginxStreamService = FindingCode(
        "I2GW-NGINX-STREAM-SERVICE", .warning, "A tcp-services or udp-services entry is invalid or uses the PROXY protocol.")
}

extension FindingCode {
    /// Idle timeouts approximated with no total limit.
    public static let nginxTimeoutApproximated = FindingCode(
        "I2GW-NGINX-TIMEOUT", .warning, "ingress-nginx's proxy timeouts limit idle time; the route gets no total time limit and the idle limits are not carried.")
}

extension FindingCode {
    /// Default timeouts differ.
    public static let nginxDefaultTimeouts = FindingCode(
        "I2GW-NGINX-DEFAULT-TIMEOUTS", .info, "ingress-nginx had no total request time limit; Gateway implementations often default to 15 s.")
}

extension FindingCode {
    /// A redirect annotation's query handling differs.
    public static let nginxRedirectQuery = FindingCode(
        "I2GW-NGINX-REDIRECT-QUERY", .info,
        "permanent-redirect, temporal-redirect and app-root dropped the request's query string; a Gateway RequestRedirect keeps it.")
}
