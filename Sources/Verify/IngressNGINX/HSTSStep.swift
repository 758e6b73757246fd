import MigrationCore

/// HSTS: ingress-nginx adds `Strict-Transport-Security` to the responses it sends over HTTPS
/// (ConfigMap `hsts`, on by default, with `hsts-max-age` 31536000 s, `hsts-include-subdomains`
/// on and `hsts-preload` off; configmap.md#hsts). The controller's header filter
/// (`lua_ingress.header`) tests the certificate-lookup *function* rather than its result, so
/// the header goes on every HTTPS response of a location, whether or not the host has a
/// certificate of its own. Plain-HTTP responses never carry it.
public struct HSTSStep: NGINXAnnotationStep {
    /// Creates the step.
    public init() {}

    /// HSTS has no annotation; the controller's settings decide it.
    public func configure(_ settings: inout NGINXLocationSettings, from ingress: Ingress, context: NGINXConfigurationContext) {}

    /// Adds the header to HTTPS responses.
    public func process(_ processing: inout NGINXRequestProcessing) {
        guard processing.request.scheme == .https, let value = processing.controller.hstsValue else { return }
        processing.responseHeaderEdits.append(.set("Strict-Transport-Security", value))
    }
}
