import MigrationCore

/// `upstream-vhost` and `mirror-target` (annotations.md, "Custom NGINX upstream vhost",
/// "Mirror"): what the backend, and a mirror, receive.
///
/// - `upstream-vhost` is the `Host` header sent upstream, as written (otherwise the
///   request's `Host`).
/// - `mirror-target` sends a copy of every request the location proxies (not of requests it
///   answers itself) to the URL before any `$` (nginx variables such as `$request_uri` only
///   shape the copy's path). A URL naming a Service by its cluster DNS name
///   (`name.namespace.svc[.cluster.local]`) mirrors to that Service, at the URL's port or the
///   scheme's; any other host is an outside address. A URL the controller cannot parse
///   mirrors nothing.
public struct UpstreamRequestStep: NGINXAnnotationStep {
    /// Creates the step.
    public init() {}

    /// Reads the two annotations.
    public func configure(_ settings: inout NGINXLocationSettings, from ingress: Ingress, context: NGINXConfigurationContext) {
        let annotations = NGINXAnnotations(ingress)
        if let host = annotations.string("upstream-vhost") {
            settings.upstreamVhost = host
            settings.sources["upstream-vhost"] = annotations.locations("upstream-vhost")
        }
        if let target = annotations.string("mirror-target"), let mirror = Self.mirror(target) {
            settings.mirror = mirror
            settings.sources["mirror-target"] = annotations.locations("mirror-target")
        }
    }

    /// Sets the upstream `Host` and adds the mirror.
    public func process(_ processing: inout NGINXRequestProcessing) {
        let settings = processing.location.settings
        if let host = settings.upstreamVhost {
            processing.upstream.host = host
            processing.decided(by: "upstream-vhost")
        }
        if let mirror = settings.mirror {
            processing.mirrors.append(mirror)
            processing.decided(by: "mirror-target")
        }
    }

    /// The mirror a target URL names.
    static func mirror(_ target: String) -> BackendService? {
        let address = target.prefix { $0 != "$" }
        guard let schemeEnd = address.range(of: "://") else { return nil }
        let scheme = address[..<schemeEnd.lowerBound].lowercased()
        let authority = address[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" }
        var host = Substring(authority)
        var port = scheme == "https" ? 443 : 80
        if let colon = authority.lastIndex(of: ":"), let number = Int(authority[authority.index(after: colon)...]) {
            host = authority[..<colon]
            port = number
        }
        guard !scheme.isEmpty, !host.isEmpty, !host.contains("..") else { return nil }
        var labels = host.lowercased().split(separator: ".").map(String.init)
        if labels.suffix(2) == ["cluster", "local"] { labels.removeLast(2) }
        if labels.count == 3, labels[2] == "svc" {
            return BackendService(namespace: labels[1], name: labels[0], port: String(port))
        }
        return BackendService(namespace: "", name: host.lowercased(), port: String(port))
    }
}
