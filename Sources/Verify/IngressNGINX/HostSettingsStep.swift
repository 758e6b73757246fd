import MigrationCore

/// Annotations that shape a host rather than a request: `server-alias` (annotations.md,
/// "Server Alias": more names for the host, comma-separated, deduplicated) and
/// `ssl-passthrough` ("SSL Passthrough": TLS for the host goes to the backend untouched).
/// ``NGINXServerTable`` gives them to the servers. (`backend-protocol`, how nginx talks to
/// the backend, changes no request's outcome; the probes send gRPC calls to gRPC backends.)
public struct HostSettingsStep: NGINXAnnotationStep {
    /// Creates the step.
    public init() {}

    /// Reads the two annotations.
    public func configure(_ settings: inout NGINXLocationSettings, from ingress: Ingress, context: NGINXConfigurationContext) {
        let annotations = NGINXAnnotations(ingress)
        if let aliases = annotations.string("server-alias") {
            settings.aliases = Array(Set(NGINXControllerSettings.commaList(aliases).map { $0.lowercased() })).sorted()
            settings.sources["server-alias"] = annotations.locations("server-alias")
        }
        if annotations.bool("ssl-passthrough") == true {
            settings.sslPassthrough = true
            settings.sources["ssl-passthrough"] = annotations.locations("ssl-passthrough")
        }
    }

    /// Nothing happens per request.
    public func process(_ processing: inout NGINXRequestProcessing) {}
}
