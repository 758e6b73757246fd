import MigrationCore

/// HSTS: ingress-nginx adds `Strict-Transport-Security` to every response it sends over
/// HTTPS for a host that has a certificate (ConfigMap `hsts`, on by default, with `hsts-max-age`
/// 31536000 s, `hsts-include-subdomains` on and `hsts-preload` off; documented in the user guide,
/// configmap.md#hsts). Plain-HTTP responses never carry it.
public struct HSTSStep: NGINXAnnotationStep {
    /// Creates the step.
    public init() {}

    /// HSTS has no annotation; the controller's settings decide it.
    public func configure(_ settings: inout NGINXLocationSettings, from ingress: Ingress, context: NGINXConfigurationContext) {}

    /// Adds the header to HTTPS responses of hosts with a certificate.
    public func process(_ processing: inout NGINXRequestProcessing) {
        guard processing.request.scheme == .https, processing.hostHasCertificate, let value = processing.controller.hstsValue else { return }
        processing.responseHeaderEdits.append(.set("Strict-Transport-Security", value))
    }
}
