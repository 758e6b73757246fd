import MigrationCore

/// One annotation behaviour of ingress-nginx, in two phases:
///
/// 1. ``configure(_:from:context:)`` reads an Ingress's annotations into the settings of each
///    location that Ingress provides (and of the implicit root of the hosts it creates);
/// 2. ``process(_:)`` acts on a request a location serves, in step order, before the request
///    is proxied: it may answer the request (a redirect, a CORS preflight), or change what is
///    sent upstream and what the response carries.
///
/// ``IngressNGINXEngine/defaultSteps`` lists the behaviours the engine models in the order
/// nginx runs them; adding one is adding a step (and any settings fields it needs).
public protocol NGINXAnnotationStep: Sendable {
    /// Reads the Ingress's annotations into a location's settings.
    func configure(_ settings: inout NGINXLocationSettings, from ingress: Ingress, context: NGINXConfigurationContext)
    /// Acts on a request at a location.
    func process(_ processing: inout NGINXRequestProcessing)
}

/// What steps may read while configuring locations: the controller's settings and the
/// ConfigMaps of the input (for annotations that name one).
public struct NGINXConfigurationContext: Sendable {
    /// Controller-wide settings.
    public var controller: NGINXControllerSettings
    /// The ConfigMaps of the input.
    public var configMaps: [ConfigMap]

    /// Creates a context.
    public init(controller: NGINXControllerSettings = NGINXControllerSettings(), configMaps: [ConfigMap] = []) {
        self.controller = controller
        self.configMaps = configMaps
    }
}

/// A request on its way through a location: what the steps read and change.
public struct NGINXRequestProcessing: Sendable {
    /// How the location's backend is chosen for this request (see ``CanaryStep``).
    public enum BackendChoice: Sendable, Hashable {
        /// The location's own backend.
        case primary
        /// The canary of the location's upstream.
        case canary
        /// The canary with `weight` out of `total` requests, the primary with the rest.
        case weighted(weight: Int, total: Int)
    }

    /// The request as the client sent it.
    public var request: ProbeRequest
    /// The location that matched.
    public var location: NGINXLocation
    /// The server the location belongs to.
    public var server: NGINXServer
    /// Whether the request's host has a certificate in the controller's certificate table
    /// (the host itself, or `*.` and its parent domain).
    public var hostHasCertificate: Bool
    /// Controller-wide settings.
    public var controller: NGINXControllerSettings
    /// The canary merged into the location's upstream, if any.
    public var canary: NGINXCanary?
    /// Set by a step that answers the request itself; later steps and proxying are skipped.
    public var answer: RoutingOutcome?
    /// The request as the backend will receive it.
    public var upstream: UpstreamRequest
    /// Edits to the backend's response headers.
    public var responseHeaderEdits: [HeaderEdit] = []
    /// Where the request goes among the location's backend and its canary.
    public var backendChoice = BackendChoice.primary
    /// Services that receive a copy of the request.
    public var mirrors: [BackendService] = []
    /// Input locations of the annotations that decided something about this request.
    public var decidingAnnotations: [SourceLocation] = []

    /// Starts processing a request at a location.
    public init(
        request: ProbeRequest, location: NGINXLocation, server: NGINXServer, hostHasCertificate: Bool,
        controller: NGINXControllerSettings, canary: NGINXCanary? = nil
    ) {
        self.request = request
        self.location = location
        self.server = server
        self.hostHasCertificate = hostHasCertificate
        self.controller = controller
        self.canary = canary
        upstream = UpstreamRequest(request)
    }

    /// Records that the location's annotations `keys` decided something.
    public mutating func decided(by keys: String...) {
        for key in keys { decidingAnnotations += location.settings.sources[key] ?? [] }
    }
}
