import MigrationCore

/// Controller-wide settings (the controller ConfigMap and command-line flags) the engine uses,
/// with the defaults of an unconfigured controller (ingress-nginx
/// docs/user-guide/nginx-configuration/configmap.md).
public struct NGINXControllerSettings: Sendable, Hashable {
    /// `ssl-redirect`: the default of every Ingress's `ssl-redirect` annotation.
    public var sslRedirect = true
    /// `force-ssl-redirect`: the default of every Ingress's `force-ssl-redirect` annotation.
    public var forceSSLRedirect = false
    /// `preserve-trailing-slash`: the default of the annotation of that name.
    public var preserveTrailingSlash = false
    /// `http-redirect-code`: the status of the HTTPS redirect and of the `from-to-www-redirect`
    /// server (301, 302, 307 or 308).
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
    /// `global-allowed-response-headers`: the only header names a `custom-headers` ConfigMap
    /// may set; any other makes the controller deny the Ingress's locations.
    public var allowedResponseHeaders: [String] = []
    /// Whether the controller runs with `--enable-ssl-passthrough`. The input cannot show the
    /// flag; verification assumes it, as an `ssl-passthrough` annotation in use implies.
    public var sslPassthroughEnabled = true

    /// The ConfigMap names the controller is usually deployed with: the Helm chart's and the
    /// older static manifests'.
    public static let wellKnownConfigMapNames = ["ingress-nginx-controller", "nginx-configuration"]

    /// The `Strict-Transport-Security` value, or nil when HSTS is off.
    public var hstsValue: String? {
        guard hsts else { return nil }
        return "max-age=\(hstsMaxAge)" + (hstsIncludeSubdomains ? "; includeSubDomains" : "") + (hstsPreload ? "; preload" : "")
    }

    /// The defaults of an unconfigured controller.
    public init() {}

    /// The settings of a controller configured with `configMap` (nil: the defaults). Values
    /// the controller rejects leave the default in place, as the controller does.
    public init(configMap: ConfigMap?) {
        guard let data = configMap?.data else { return }
        func bool(_ key: String, _ fallback: Bool) -> Bool { data[key].flatMap { NGINXAnnotations.parseBool($0.value) } ?? fallback }
        sslRedirect = bool("ssl-redirect", sslRedirect)
        forceSSLRedirect = bool("force-ssl-redirect", forceSSLRedirect)
        preserveTrailingSlash = bool("preserve-trailing-slash", preserveTrailingSlash)
        hsts = bool("hsts", hsts)
        hstsIncludeSubdomains = bool("hsts-include-subdomains", hstsIncludeSubdomains)
        hstsPreload = bool("hsts-preload", hstsPreload)
        // The controller copies hsts-max-age into the header as written.
        if let age = data["hsts-max-age"]?.value { hstsMaxAge = age }
        // The controller accepts only the four redirect codes and keeps 308 otherwise.
        if let code = data["http-redirect-code"].flatMap({ Int($0.value) }), [301, 302, 307, 308].contains(code) {
            httpRedirectCode = code
        }
        if let list = data["no-tls-redirect-locations"]?.value {
            noTLSRedirectLocations = Self.commaList(list)
        }
        if let list = data["global-allowed-response-headers"]?.value {
            allowedResponseHeaders = Self.commaList(list).filter { $0.allSatisfy { $0.isASCIILetterOrDigit || $0 == "-" || $0 == "_" } }
        }
    }

    /// The controller's ConfigMap among `configMaps`: the one `explicit` names
    /// (`namespace/name`, or a bare name), else one of the well-known names (the first by
    /// namespace and name); nil when there is none.
    public static func configMap(in configMaps: [ConfigMap], explicit: String?) -> ConfigMap? {
        if let explicit {
            let parts = explicit.split(separator: "/", maxSplits: 1).map(String.init)
            return configMaps.first { parts.count == 2 ? ($0.namespace == parts[0] && $0.name == parts[1]) : $0.name == parts[0] }
        }
        return configMaps.filter { wellKnownConfigMapNames.contains($0.name) }.min { ($0.namespace, $0.name) < ($1.namespace, $1.name) }
    }

    static func commaList(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmed }.filter { !$0.isEmpty }
    }
}

extension Character {
    var isASCIILetterOrDigit: Bool { isASCII && (isLetter || isNumber) }
}
