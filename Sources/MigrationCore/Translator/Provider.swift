/// An ingress controller whose Ingresses the tool translates (ingress-nginx, Traefik, …).
///
/// The core does the provider-neutral work (hosts, paths, TLS, default backends, conflicts,
/// Gateway topology); a provider says which Ingresses are its own, how its
/// `ImplementationSpecific` paths match, and refines the result with what its annotations and
/// defaults do. Providers live in the `Providers` module, one folder each.
public protocol Provider: Sendable {
    /// The provider's name as `--providers` spells it, e.g. `ingress-nginx`.
    var name: String { get }

    /// Whether this provider's controller serves Ingresses of `className`. `ingressClass` is
    /// the IngressClass object of that name when the input has one.
    func servesClass(_ className: String, ingressClass: IngressClass?) -> Bool

    /// Whether the Ingress only adds an alternative backend to other Ingresses' paths (an
    /// ingress-nginx canary): such Ingresses create no hosts or paths of their own.
    func isAlternativeBackend(_ ingress: Ingress) -> Bool

    /// The Gateway API path match type for an `ImplementationSpecific` path, and a finding
    /// when the match differs from what the controller did.
    func implementationSpecificMatch(
        path: String, ingress: Ingress, location: SourceLocation
    ) -> (type: HTTPRouteMatch.PathType, finding: Finding?)

    /// Applies the provider's annotations and controller defaults to the neutral translation.
    ///
    /// For every annotation with the provider's prefix on every Ingress in `ir`, record exactly
    /// one ``AnnotationOutcome`` with ``TranslationIR/recordAnnotation(_:of:provider:status:)``
    /// (translated, approximated, unsupported or ignored): the report counts them per key.
    func refine(_ ir: inout TranslationIR, context: ProviderContext, findings: inout FindingList)
}

/// What a provider may read besides the IR: the whole parsed input and the options.
public struct ProviderContext: Sendable {
    /// Everything parsed from the input (ConfigMaps, Services, IngressClasses).
    public var manifests: ParsedManifests
    /// The translation options.
    public var options: TranslationOptions

    /// Named Service ports of the input.
    private var services: ServiceIndex

    /// Creates a context.
    public init(manifests: ParsedManifests, options: TranslationOptions) {
        self.manifests = manifests
        self.options = options
        services = ServiceIndex(manifests.services)
    }

    /// The backend reference for an Ingress backend in `namespace`: a Service port number, or a
    /// port name resolved through the input's Services; nil when it cannot be resolved.
    public func backendRef(for backend: IngressBackend, namespace: String) -> BackendRef? {
        // A name no Service can have resolves to nothing, as the controller found nothing.
        guard case .service(let name, let port) = backend.target, KubernetesName.isLabel(name) else { return nil }
        switch port {
        case .number(let number): return BackendRef(name: name, port: number)
        case .name(let portName):
            if case .found(let number) = services.port(named: portName, service: name, namespace: namespace) {
                return BackendRef(name: name, port: number)
            }
            return nil
        case .none: return nil
        }
    }
}
