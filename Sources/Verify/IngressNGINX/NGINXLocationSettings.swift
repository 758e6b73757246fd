import MigrationCore

/// What the annotations of a location's Ingress make ingress-nginx do there. Annotation steps
/// (``NGINXAnnotationStep``) fill it in; the fields are grouped as the controller groups its
/// annotation parsers, because some code paths keep or restore a whole group.
public struct NGINXLocationSettings: Sendable, Hashable {
    /// The controller's `Rewrite` group.
    public struct Rewrite: Sendable, Hashable {
        /// `ssl-redirect`: redirect plain HTTP to HTTPS when the host has a certificate.
        public var sslRedirect: Bool
        /// `force-ssl-redirect`: redirect plain HTTP to HTTPS even without a certificate.
        public var forceSSLRedirect = false
        /// `preserve-trailing-slash`: keep a trailing `/` in the HTTPS redirect target.
        public var preserveTrailingSlash = false
        /// `use-regex`: every location of the server becomes a case-insensitive regular
        /// expression anchored at the start.
        public var useRegex = false
        /// `rewrite-target`: the URI that replaces the request's (with `$n` captures).
        public var target: String?
        /// `app-root`: where the server sends a request for `/`.
        public var appRoot: String?

        /// Creates a group.
        public init(sslRedirect: Bool) { self.sslRedirect = sslRedirect }
    }

    /// The controller's `Redirect` group: `permanent-redirect` / `temporal-redirect`.
    public struct Redirect: Sendable, Hashable {
        /// The URL the location answers with, as written.
        public var url: String
        /// The status.
        public var code: Int
    }

    /// The rewrite group.
    public var rewrite: Rewrite
    /// The redirect a `permanent-redirect` or `temporal-redirect` annotation asks for.
    public var redirect: Redirect?
    /// `from-to-www-redirect` (also in the controller's redirect group).
    public var fromToWWW = false
    /// `use-port-in-redirects`: the HTTPS redirect names port 443.
    public var usePortInRedirects = false
    /// `x-forwarded-prefix`: sent upstream as `X-Forwarded-Prefix` when the location rewrites.
    public var xForwardedPrefix: String?
    /// `enable-cors` and the `cors-*` keys; nil when CORS is off.
    public var cors: NGINXCORSSettings?
    /// `upstream-vhost`: the `Host` sent upstream.
    public var upstreamVhost: String?
    /// `custom-headers`: response headers set on every answer of the location.
    public var customHeaders: [HTTPHeader] = []
    /// Why the controller denies the location (it answers 503 instead); nil when allowed.
    public var denied: String?
    /// `mirror-target`: where a copy of each proxied request goes.
    public var mirror: BackendService?
    /// `ssl-passthrough`.
    public var sslPassthrough = false
    /// `server-alias`: more names for the servers the Ingress has rules for.
    public var aliases: [String] = []
    /// Where each annotation that set a field is written (key and value), by annotation key
    /// without the prefix: the locations a decision names when the annotation decided it.
    public var sources: [String: [SourceLocation]] = [:]

    /// Settings of a location whose Ingress has no annotations, under a controller with
    /// these settings (the ConfigMap gives the redirect defaults).
    public static func defaults(_ controller: NGINXControllerSettings) -> NGINXLocationSettings {
        var settings = NGINXLocationSettings(rewrite: Rewrite(sslRedirect: controller.sslRedirect))
        settings.rewrite.forceSSLRedirect = controller.forceSSLRedirect
        settings.rewrite.preserveTrailingSlash = controller.preserveTrailingSlash
        return settings
    }

    /// Settings of the controller's own catch-all root location: a zero `Rewrite` group, so it
    /// never redirects.
    public static let builtIn = NGINXLocationSettings(rewrite: Rewrite(sslRedirect: false))

    /// Creates settings.
    public init(rewrite: Rewrite) { self.rewrite = rewrite }

    /// The locations of the annotations named by `keys` that are set.
    func locations(of keys: String...) -> [SourceLocation] {
        keys.flatMap { sources[$0] ?? [] }
    }
}

/// The CORS settings of a location (`enable-cors` and `cors-*`), with the controller's
/// defaults (annotations.md, "Enable CORS").
public struct NGINXCORSSettings: Sendable, Hashable {
    /// `cors-allow-origin` entries; `["*"]` (the default) allows every origin.
    public var allowOrigins = ["*"] {
        didSet { originMatcher = CORSOriginMatcher(allowOrigins) }
    }
    /// How request origins are matched against ``allowOrigins``, worked out once per list.
    private(set) var originMatcher = CORSOriginMatcher(["*"])
    /// `cors-allow-methods`, sent as written.
    public var allowMethods = "GET, PUT, POST, DELETE, PATCH, OPTIONS"
    /// `cors-allow-headers`, sent as written.
    public var allowHeaders = "DNT,Keep-Alive,User-Agent,X-Requested-With,If-Modified-Since,Cache-Control,Content-Type,Range,Authorization"
    /// `cors-expose-headers`; empty sends no header.
    public var exposeHeaders = ""
    /// `cors-allow-credentials` (default on).
    public var allowCredentials = true
    /// `cors-max-age` in seconds.
    public var maxAge = 1_728_000

    /// The defaults.
    public init() {}
}
