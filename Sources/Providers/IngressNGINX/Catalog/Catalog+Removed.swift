/// Keys removed from the controller that still appear in old manifests: they had no effect on
/// the controller versions of 2024 and later.
extension IngressNGINXCatalog {
    static let removed: [AnnotationSpec] = [
        ("secure-backends", "Replaced by backend-protocol: HTTPS in 2018."),
        ("grpc-backend", "Replaced by backend-protocol: GRPC in 2018."),
        ("add-base-url", "Removed with the 2018 rewrite rework."),
        ("base-url-scheme", "Removed with the 2018 rewrite rework."),
        ("upstream-max-fails", "Passive health checks, removed in 2018."),
        ("upstream-fail-timeout", "Passive health checks, removed in 2018."),
        ("session-cookie-hash", "Cookie hash algorithm, removed in 2019."),
        ("lua-resty-waf", "Lua WAF, removed in 2020."),
        ("lua-resty-waf-debug", "Lua WAF, removed in 2020."),
        ("lua-resty-waf-ignore-rulesets", "Lua WAF, removed in 2020."),
        ("lua-resty-waf-extra-rules", "Lua WAF, removed in 2020."),
        ("lua-resty-waf-allow-unknown-content-types", "Lua WAF, removed in 2020."),
        ("lua-resty-waf-score-threshold", "Lua WAF, removed in 2020."),
        ("lua-resty-waf-process-multipart-body", "Lua WAF, removed in 2020."),
        ("enable-influxdb", "InfluxDB metrics, removed in 2023."),
        ("influxdb-measurement", "InfluxDB metrics, removed in 2023."),
        ("influxdb-port", "InfluxDB metrics, removed in 2023."),
        ("influxdb-host", "InfluxDB metrics, removed in 2023."),
        ("influxdb-server-name", "InfluxDB metrics, removed in 2023."),
        ("enable-opentracing", "OpenTracing, removed in 2024."),
        ("opentracing-trust-incoming-span", "OpenTracing, removed in 2024."),
        ("global-rate-limit", "Memcached global rate limiting, removed in 2024."),
        ("global-rate-limit-window", "Memcached global rate limiting, removed in 2024."),
        ("global-rate-limit-key", "Memcached global rate limiting, removed in 2024."),
        ("global-rate-limit-ignored-cidrs", "Memcached global rate limiting, removed in 2024."),
        ("opentelemetry-trust-incoming-spans", "A misspelling of opentelemetry-trust-incoming-span in old docs; never read."),
    ].map { .init($0.0, .removed, .noEffect, becomes: "nothing", note: $0.1) }
}
