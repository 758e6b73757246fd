import MigrationCore

/// Annotations that shape a host rather than a request: `server-alias` (annotations.md,
/// "Server Alias": more names for the host, comma-separated, deduplicated), `ssl-passthrough`
/// ("SSL Passthrough": TLS for the host goes to the backend untouched) and
/// `backend-protocol` ("Backend Protocol": how nginx talks to the backend, which changes no
/// routing decision). ``NGINXServerTable`` gives them to the servers.
public struct HostSettingsStep: NGINXAnnotationStep {
    /// Creates the step.
    public init() {}

    /// Reads the three annotations.
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
        if let proto = annotations.string("backend-protocol")?.uppercased(), ["AUTO_HTTP", "HTTP", "HTTPS", "GRPC", "GRPCS", "FCGI"].contains(proto) {
            settings.backendProtocol = proto
            settings.sources["backend-protocol"] = annotations.locations("backend-protocol")
        }
    }

    /// Nothing happens per request.
    public func process(_ processing: inout NGINXRequestProcessing) {}
}
