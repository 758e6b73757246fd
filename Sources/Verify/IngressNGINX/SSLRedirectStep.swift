import MigrationCore

/// `ssl-redirect`, `force-ssl-redirect`, `preserve-trailing-slash` and
/// `use-port-in-redirects`: ingress-nginx's redirect of plain HTTP to HTTPS (documented in
/// the user guide, annotations.md, "Server-side HTTPS enforcement through redirect").
///
/// The controller decides per location, in its Lua rewrite handler, which nginx runs after the
/// location's own rewrite directives (CORS preflights, redirect annotations, rewrites):
/// 1. a location whose path starts with an entry of `no-tls-redirect-locations` (by default
///    `/.well-known/acme-challenge`) never redirects; the location's path is tested, not the
///    request's;
/// 2. `force-ssl-redirect` (default: the ConfigMap's) redirects every plain-HTTP request,
///    certificate or not;
/// 3. a request that is not plain HTTP is not redirected;
/// 4. otherwise `ssl-redirect` (default: the ConfigMap's, on) redirects when the host has a
///    certificate.
///
/// The redirect has status `http-redirect-code` (308) and the target
/// `https://<host without port><request URI>`; unless `preserve-trailing-slash` is set, one
/// `/` that ends the request URI is removed (`/` gives `https://host`, `/a/` gives
/// `https://host/a`, `/a/?q` is kept).
public struct SSLRedirectStep: NGINXAnnotationStep {
    /// Creates the step.
    public init() {}

    /// Reads the four annotations (Go booleans; an unreadable value keeps the default, which
    /// the controller ConfigMap's keys of the same names set).
    public func configure(_ settings: inout NGINXLocationSettings, from ingress: Ingress, context: NGINXConfigurationContext) {
        let annotations = NGINXAnnotations(ingress)
        if let value = annotations.bool("ssl-redirect") { settings.rewrite.sslRedirect = value }
        if let value = annotations.bool("force-ssl-redirect") { settings.rewrite.forceSSLRedirect = value }
        if let value = annotations.bool("preserve-trailing-slash") { settings.rewrite.preserveTrailingSlash = value }
        if let value = annotations.bool("use-port-in-redirects") { settings.usePortInRedirects = value }
        for key in ["ssl-redirect", "force-ssl-redirect", "preserve-trailing-slash", "use-port-in-redirects"] where annotations.bool(key) != nil {
            settings.sources[key] = annotations.locations(key)
        }
    }

    /// Answers a plain-HTTP request with the redirect when the location calls for it.
    public func process(_ processing: inout NGINXRequestProcessing) {
        let location = processing.location
        if processing.controller.noTLSRedirectLocations.contains(where: { location.path.hasPrefix($0) }) { return }
        let rewrite = location.settings.rewrite
        let plain = processing.request.scheme == .http
        let redirects = plain && (rewrite.forceSSLRedirect || (rewrite.sslRedirect && processing.hostHasCertificate))
        guard redirects else { return }
        var uri = processing.request.target
        if !rewrite.preserveTrailingSlash && uri.hasSuffix("/") { uri.removeLast() }
        let host = Self.hostWithoutPort(processing.request.host)
        let port = location.settings.usePortInRedirects ? ":\(processing.controller.httpsPort)" : ""
        processing.answer = .redirect(statusCode: processing.controller.httpRedirectCode, location: "https://\(host)\(port)\(uri)")
        processing.decided(by: "ssl-redirect", "force-ssl-redirect", "preserve-trailing-slash", "use-port-in-redirects")
    }

    static func hostWithoutPort(_ host: String) -> String {
        if host.hasPrefix("[") { return String(host.prefix { $0 != "]" }) + "]" }
        guard let colon = host.lastIndex(of: ":") else { return host }
        return String(host[..<colon])
    }
}
