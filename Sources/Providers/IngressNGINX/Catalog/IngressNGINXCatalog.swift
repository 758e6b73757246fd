import MigrationCore

/// Every annotation ingress-nginx knows (its annotation docs and risk table) plus removed keys
/// still found in old manifests, each with what the tool does with it. The provider consults
/// it so that no `nginx.ingress.kubernetes.io/*` key passes silently.
public enum IngressNGINXCatalog {
    /// All entries, grouped by family in documentation order.
    public static let all: [AnnotationSpec] = routing + traffic + policies + removed

    /// Entries by key.
    public static let byKey: [String: AnnotationSpec] = Dictionary(all.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })

    /// Keys whose loss removes a security control: reported as errors when not translated.
    public static let securityControls: Set<String> = [
        "auth-tls-secret", "auth-tls-verify-client", "auth-tls-match-cn", "auth-type", "auth-secret", "auth-url",
        "whitelist-source-range", "allowlist-source-range", "denylist-source-range", "limit-rps", "limit-rpm",
        "limit-connections", "limit-rate", "enable-modsecurity", "enable-owasp-core-rules", "modsecurity-snippet", "satisfy",
    ]

    /// Keys holding raw nginx configuration.
    public static let snippets: Set<String> = ["configuration-snippet", "server-snippet", "stream-snippet", "auth-snippet", "modsecurity-snippet"]
}
