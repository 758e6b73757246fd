import MigrationCore

/// Reports controller ConfigMap keys that change behaviour but have no Gateway API translation:
/// global access controls are errors (dropping them opens access), other behaviour changes are
/// warnings. Keys the provider applies (redirects, HSTS, snippets) are not reported.
enum ConfigMapReport {
    static let applied: Set<String> = [
        "ssl-redirect", "force-ssl-redirect", "hsts", "hsts-max-age", "hsts-include-subdomains", "hsts-preload",
        "http-redirect-code", "no-tls-redirect-locations", "allow-snippet-annotations", "allow-cross-namespace-resources",
        "global-allowed-response-headers",
    ]
    static let securityControls: Set<String> = [
        "whitelist-source-range", "denylist-source-range", "global-auth-url", "enable-modsecurity", "enable-owasp-modsecurity-crs",
        "limit-req-status-code", "global-rate-limit-memcached-host", "block-cidrs", "block-user-agents", "block-referers",
    ]
    static let behaviour: [String: String] = [
        "proxy-body-size": "the request body limit (413 above it, where Gateways usually stream bodies of any size)",
        "proxy-connect-timeout": "the upstream connect timeout",
        "proxy-read-timeout": "the idle timeout between reads from backends (Envoy-based Gateways default to a 15 s total timeout)",
        "proxy-send-timeout": "the idle timeout between writes to backends",
        "proxy-next-upstream": "retries on another endpoint",
        "proxy-next-upstream-tries": "how many endpoints are tried",
        "use-forwarded-headers": "trusting X-Forwarded-* from clients (client IP, scheme)",
        "use-proxy-protocol": "PROXY protocol on the listeners",
        "compute-full-forwarded-for": "X-Forwarded-For handling",
        "custom-http-errors": "error pages from the default backend",
        "load-balance": "the balancing algorithm",
        "upstream-keepalive-connections": "upstream connection reuse",
        "ssl-protocols": "the TLS versions offered to clients",
        "ssl-ciphers": "the TLS ciphers offered to clients",
        "enable-brotli": "response compression", "use-gzip": "response compression",
        "add-headers": "response headers added to every response", "proxy-set-headers": "request headers added to every request",
        "server-tokens": "the Server header", "large-client-header-buffers": "the request header size limit",
    ]

    static func report(_ configMap: ConfigMap, findings: inout FindingList) {
        let object = ObjectRef(kind: "ConfigMap", namespace: configMap.namespace, name: configMap.name)
        for key in configMap.data.keys.sorted() where !applied.contains(key) {
            let value = configMap.data[key]!
            if securityControls.contains(key) {
                findings.add(
                    Finding(
                        .nginxDroppedSecurityControl, provider: "ingress-nginx", object: object, at: value.location,
                        message: "ConfigMap key \(key) set a controller-wide access control that is not translated; without it every route is open to requests it used to refuse",
                        hint: "recreate it with the target implementation's policy resources"))
            } else if let what = behaviour[key] {
                findings.add(
                    Finding(
                        .nginxControllerSetting, provider: "ingress-nginx", object: object, at: value.location,
                        message: "ConfigMap key \(key) sets \(what) for every route; Gateway API has no standard field for it",
                        hint: "configure the target implementation's equivalent"))
            }
        }
    }
}
