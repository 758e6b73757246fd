import MigrationCore

/// One annotation behaviour of ingress-nginx, in two phases:
///
/// 1. ``configure(_:from:)`` reads an Ingress's annotations into the settings of each location
///    that Ingress provides (and of the implicit root of the hosts it creates);
/// 2. ``process(_:)`` acts on a request a location serves, in step order, before the request
///    is proxied: it may answer the request (a redirect), or change what is sent upstream.
///
/// ``IngressNGINXEngine/defaultSteps`` lists the behaviours the engine models; adding one is
/// adding a step (and any settings fields it needs).
public protocol NGINXAnnotationStep: Sendable {
    /// Reads the Ingress's annotations into a location's settings.
    func configure(_ settings: inout NGINXLocationSettings, from ingress: Ingress)
    /// Acts on a request at a location.
    func process(_ processing: inout NGINXRequestProcessing)
}

/// A request on its way through a location: what the steps read and change.
public struct NGINXRequestProcessing: Sendable {
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
    /// Set by a step that answers the request itself; later steps and proxying are skipped.
    public var answer: RoutingOutcome?
    /// The request as the backend will receive it.
    public var upstream: UpstreamRequest
    /// Edits to the backend's response headers.
    public var responseHeaderEdits: [HeaderEdit] = []

    /// Starts processing a request at a location.
    public init(
        request: ProbeRequest, location: NGINXLocation, server: NGINXServer, hostHasCertificate: Bool,
        controller: NGINXControllerSettings
    ) {
        self.request = request
        self.location = location
        self.server = server
        self.hostHasCertificate = hostHasCertificate
        self.controller = controller
        upstream = UpstreamRequest(request)
    }
}
