/// Codes raised by the provider-neutral stages.
extension FindingCode {
    /// A document that is not a Kubernetes object.
    public static let notAnObject = FindingCode(
        "I2GW-NOT-AN-OBJECT", .warning, "A YAML document is not a Kubernetes object (no apiVersion/kind) and was skipped.")
    /// An object whose fields do not have the shape Kubernetes requires.
    public static let invalidObject = FindingCode(
        "I2GW-INVALID-OBJECT", .error, "An object has a field of the wrong shape; the object (or the part named) was skipped.")
    /// An Ingress that no provider serves.
    public static let noProvider = FindingCode(
        "I2GW-NO-PROVIDER", .warning, "No selected provider serves the Ingress's class, so it was not translated.")
    /// An Ingress without a class and without a default IngressClass.
    public static let noIngressClass = FindingCode(
        "I2GW-NO-INGRESS-CLASS", .warning,
        "An Ingress names no class and the input has no default IngressClass; controllers ignore such Ingresses.")
    /// The pathType is missing.
    public static let missingPathType = FindingCode(
        "I2GW-MISSING-PATH-TYPE", .warning, "A path has no pathType; it was read as ImplementationSpecific.")
    /// The pathType is not one Kubernetes knows.
    public static let invalidPathType = FindingCode(
        "I2GW-INVALID-PATH-TYPE", .error, "A path has a pathType Kubernetes does not accept; the path was skipped.")
    /// A path Gateway API would reject.
    public static let invalidPath = FindingCode(
        "I2GW-INVALID-PATH", .error, "A path cannot be expressed as a Gateway API path match; the path was skipped.")
    /// Two Ingresses claim the same host, path and type.
    public static let pathConflict = FindingCode(
        "I2GW-PATH-CONFLICT", .warning,
        "A later Ingress defines the same host, path and pathType as an older one; the older one wins, as in the controller.")
    /// A named Service port that cannot be resolved.
    public static let unresolvedPort = FindingCode(
        "I2GW-UNRESOLVED-PORT", .error, "A backend names a Service port that the input's Services do not define.")
    /// A backend without a port.
    public static let missingPort = FindingCode(
        "I2GW-MISSING-PORT", .error, "A backend names no Service port; the path was skipped.")
    /// A `resource` backend.
    public static let resourceBackend = FindingCode(
        "I2GW-RESOURCE-BACKEND", .error, "A resource backend has no portable Gateway API equivalent; the path was skipped.")
    /// A TLS host no rule serves.
    public static let tlsHostWithoutRule = FindingCode(
        "I2GW-TLS-HOST-WITHOUT-RULE", .warning, "A TLS entry names a host that no rule of the same Ingress serves; no listener uses it.")
    /// A TLS entry without a Secret.
    public static let tlsWithoutSecret = FindingCode(
        "I2GW-TLS-WITHOUT-SECRET", .warning,
        "A TLS entry names no secretName, or one no Secret can have; the controller served those hosts with its default certificate.")
    /// A host served over HTTPS by the controller's default certificate.
    public static let hostWithoutCertificate = FindingCode(
        "I2GW-HOST-WITHOUT-CERTIFICATE", .info,
        "A host has no TLS certificate: the controller answered HTTPS with its default certificate; the Gateway has no HTTPS listener for it.")
    /// A host that cannot be used as a Gateway API hostname.
    public static let invalidHost = FindingCode(
        "I2GW-INVALID-HOST", .error, "A rule host is not a valid Gateway API hostname; its rules were skipped.")
    /// A host's route split over several routes.
    public static let routeSplit = FindingCode(
        "I2GW-ROUTE-SPLIT", .info,
        "A host's route needs more than one Gateway API route may hold (16 rules, 16 hostnames, 32 parentRefs); it was split over several routes.")
    /// Listeners moved to ListenerSets.
    public static let listenerLimit = FindingCode(
        "I2GW-LISTENER-LIMIT", .warning, "A Gateway would need more than 64 listeners; the rest were put in ListenerSets.")
    /// A default backend that never receives traffic.
    public static let defaultBackendShadowed = FindingCode(
        "I2GW-DEFAULT-BACKEND-UNUSED", .info,
        "An Ingress's defaultBackend receives no traffic (another Ingress provides it first, or a `/` path replaces it).")
}

extension FindingCode {
    /// A host's certificate assumed from a TLS entry that does not list it.
    public static let certificateAssumed = FindingCode(
        "I2GW-CERTIFICATE-ASSUMED", .warning,
        "A host's certificate was taken from a TLS entry that does not list the host; the controller used it only if the certificate names the host.")
    /// A TLS host served with the controller's default certificate.
    public static let defaultCertificate = FindingCode(
        "I2GW-DEFAULT-CERTIFICATE", .warning,
        "The controller served a host with its own default certificate; the Gateway has no certificate to give its HTTPS listener.")
    /// A generated list cut to what Gateway API allows.
    public static let fieldLimit = FindingCode(
        "I2GW-FIELD-LIMIT", .error,
        "A generated list is longer than Gateway API allows (more than 16 headers in one header modifier); the entries past the limit were dropped.")
    /// A canary Ingress the provider cannot express yet.
    public static let alternativeBackendSkipped = FindingCode(
        "I2GW-ALTERNATIVE-BACKEND-SKIPPED", .warning,
        "An Ingress that only adds an alternative backend to another Ingress's paths was not translated; all its traffic goes to the primary backend.")
}

extension FindingCode {
    /// Every code the provider-neutral core raises (providers list their own; the command line
    /// and the generated docs combine them).
    public static let coreCatalog: [FindingCode] = [
        .notAnObject, .invalidObject, .noProvider, .noIngressClass, .missingPathType, .invalidPathType, .invalidPath,
        .pathConflict, .unresolvedPort, .missingPort, .resourceBackend, .tlsHostWithoutRule, .tlsWithoutSecret,
        .hostWithoutCertificate, .invalidHost, .routeSplit, .listenerLimit, .defaultBackendShadowed, .certificateAssumed,
        .defaultCertificate, .alternativeBackendSkipped, .fieldLimit,
    ] + topologyCatalog + verifyCatalog + emitterCatalog + diffCatalog + clientCertificateCatalog
}
