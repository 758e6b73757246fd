/// Codes raised by the topology, ecosystem-annotation and attachment stages of the core.
extension FindingCode {
    /// An annotation another controller reads was moved to the object it reads it from.
    public static let annotationMoved = FindingCode(
        "I2GW-ANNOTATION-MOVED", .info,
        "An annotation read by another controller (cert-manager, external-dns) was moved to the Gateway API object that controller reads it from.")
    /// An annotation another controller reads has no place on Gateway API objects.
    public static let annotationNotMoved = FindingCode(
        "I2GW-ANNOTATION-NOT-MOVED", .warning,
        "An annotation read by another controller (cert-manager, external-dns) has no equivalent on Gateway API objects, or no generated object to go to; it was not carried over.")
    /// Two Ingresses give different values for an annotation that lands on one object.
    public static let annotationConflict = FindingCode(
        "I2GW-ANNOTATION-CONFLICT", .warning,
        "Ingresses merged into one Gateway or route give an annotation different values; the oldest Ingress's value was kept.")
    /// A namespaced cert-manager Issuer the Gateway's namespace does not have.
    public static let issuerNamespace = FindingCode(
        "I2GW-CERT-MANAGER-ISSUER-NAMESPACE", .warning,
        "cert-manager reads a namespaced Issuer from the Gateway's namespace; the Issuer the Ingress named lives in the Ingress's namespace.")
    /// Listeners select namespaces by a team label.
    public static let teamLabelSelection = FindingCode(
        "I2GW-TEAM-LABEL", .info,
        "Listeners admit namespaces by a team label; every namespace later given that label can attach routes for the host.")
    /// A `--dedicated-gateway` namespace without Ingresses.
    public static let dedicatedGatewayUnused = FindingCode(
        "I2GW-DEDICATED-GATEWAY-UNUSED", .warning, "A namespace given to --dedicated-gateway has no translated Ingress; no Gateway was generated for it.")
    /// A route that a Gateway will not accept.
    public static let routeNotAccepted = FindingCode(
        "I2GW-ROUTE-NOT-ACCEPTED", .error,
        "A route will not be accepted by its parent (NotAllowedByListeners, NoMatchingListenerHostname or NoMatchingParent): its requests will not be served there.")
    /// A backend reference in another namespace without a ReferenceGrant.
    public static let routeRefNotPermitted = FindingCode(
        "I2GW-ROUTE-REF-NOT-PERMITTED", .error,
        "A route refers to a backend in another namespace that no ReferenceGrant allows (RefNotPermitted): those requests fail.")
    /// A backend Service the input does not have.
    public static let routeBackendNotFound = FindingCode(
        "I2GW-ROUTE-BACKEND-NOT-FOUND", .warning,
        "A route refers to a Service that the input's Services of that namespace do not include (BackendNotFound).")

    /// The codes above, for ``coreCatalog``.
    static let topologyCatalog: [FindingCode] = [
        .annotationMoved, .annotationNotMoved, .annotationConflict, .issuerNamespace, .teamLabelSelection,
        .dedicatedGatewayUnused, .routeNotAccepted, .routeRefNotPermitted, .routeBackendNotFound,
    ]
}
