/// What the annotations of a location's Ingress make ingress-nginx do there. Annotation steps
/// (``NGINXAnnotationStep``) fill it in; the fields are grouped as the controller groups its
/// annotation parsers, because some code paths keep or restore a whole group.
public struct NGINXLocationSettings: Sendable, Hashable {
    /// The controller's `Rewrite` group: HTTPS redirect switches (and, as behaviours are
    /// added, rewrites and regex mode).
    public struct Rewrite: Sendable, Hashable {
        /// `ssl-redirect`: redirect plain HTTP to HTTPS when the host has a certificate.
        public var sslRedirect: Bool
        /// `force-ssl-redirect`: redirect plain HTTP to HTTPS even without a certificate.
        public var forceSSLRedirect = false
        /// `preserve-trailing-slash`: keep a trailing `/` in the HTTPS redirect target.
        public var preserveTrailingSlash = false
        /// `use-regex` (or a rewrite target other than the path): every location of the
        /// server becomes a case-insensitive regular expression anchored at the start.
        public var forcesRegexLocations = false

        /// Creates a group.
        public init(sslRedirect: Bool) { self.sslRedirect = sslRedirect }
    }

    /// The rewrite group.
    public var rewrite: Rewrite
    /// `use-port-in-redirects`: the HTTPS redirect names port 443.
    public var usePortInRedirects = false

    /// Settings of a location whose Ingress has no annotations: the controller's defaults.
    public static let ingressDefaults = NGINXLocationSettings(rewrite: Rewrite(sslRedirect: true))
    /// Settings of the controller's own catch-all root location: a zero `Rewrite` group, so it
    /// never redirects.
    public static let builtIn = NGINXLocationSettings(rewrite: Rewrite(sslRedirect: false))

    /// Creates settings.
    public init(rewrite: Rewrite) { self.rewrite = rewrite }
}

/// Controller-wide settings (the ConfigMap and command-line flags) the engine uses.
public struct NGINXControllerSettings: Sendable, Hashable {
    /// `http-redirect-code`: the status of the HTTPS redirect (301, 302, 307 or 308).
    public var httpRedirectCode = 308
    /// `no-tls-redirect-locations`: locations whose path starts with one of these never
    /// redirect to HTTPS.
    public var noTLSRedirectLocations = ["/.well-known/acme-challenge"]
    /// The HTTPS port named by `use-port-in-redirects`.
    public var httpsPort = 443
    /// `hsts`, `hsts-max-age`, `hsts-include-subdomains`, `hsts-preload`.
    public var hsts = true
    /// See ``hsts``.
    public var hstsMaxAge = "31536000"
    /// See ``hsts``.
    public var hstsIncludeSubdomains = true
    /// See ``hsts``.
    public var hstsPreload = false

    /// The `Strict-Transport-Security` value, or nil when HSTS is off.
    public var hstsValue: String? {
        guard hsts else { return nil }
        return "max-age=\(hstsMaxAge)" + (hstsIncludeSubdomains ? "; includeSubDomains" : "") + (hstsPreload ? "; preload" : "")
    }

    /// The defaults of an unconfigured controller.
    public init() {}
}
