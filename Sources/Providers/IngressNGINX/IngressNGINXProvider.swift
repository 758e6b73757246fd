import MigrationCore

/// The ingress-nginx controller (`k8s.io/ingress-nginx`), retired in March 2026.
///
/// Which Ingresses are its own: with `--ingress-nginx-ingress-class NAME`, exactly the class
/// NAME; otherwise every class whose IngressClass object names the `k8s.io/ingress-nginx`
/// controller, and the class `nginx` when the input has no IngressClass of that name (the
/// controller's `--ingress-class` default).
public struct IngressNGINXProvider: Provider {
    /// The controller value IngressClass objects use for ingress-nginx.
    public static let controllerName = "k8s.io/ingress-nginx"
    /// The class the controller watches by default.
    public static let defaultClassName = "nginx"
    /// The annotation prefix.
    public static let annotationPrefix = "nginx.ingress.kubernetes.io/"

    /// The class given with `--ingress-nginx-ingress-class`, if any.
    public var explicitClassName: String?
    /// The controller ConfigMap given with `--ingress-nginx-configmap NAMESPACE/NAME`, if any.
    public var explicitConfigMap: String?
    /// The ConfigMaps given with `--ingress-nginx-tcp-services-configmap` and
    /// `--ingress-nginx-udp-services-configmap`, if any.
    public var explicitTCPServices: String?
    /// See ``explicitTCPServices``.
    public var explicitUDPServices: String?

    /// Creates the provider.
    public init(
        explicitClassName: String? = nil, explicitConfigMap: String? = nil, explicitTCPServices: String? = nil, explicitUDPServices: String? = nil
    ) {
        self.explicitClassName = explicitClassName
        self.explicitConfigMap = explicitConfigMap
        self.explicitTCPServices = explicitTCPServices
        self.explicitUDPServices = explicitUDPServices
    }

    public var name: String { "ingress-nginx" }

    public func servesClass(_ className: String, ingressClass: IngressClass?) -> Bool {
        if let explicitClassName { return className == explicitClassName }
        if let ingressClass { return ingressClass.controller == Self.controllerName }
        return className == Self.defaultClassName
    }

    /// A canary Ingress (`canary: "true"`) adds an alternative backend to another Ingress's
    /// path; the controller creates no host or path for it.
    public func isAlternativeBackend(_ ingress: Ingress) -> Bool {
        ingress.meta.annotation(Self.annotationPrefix + "canary")?.value == "true"
    }

    /// The controller rewrites `ImplementationSpecific` to `Prefix` before building its
    /// configuration, so such paths match whole path segments, like `PathPrefix`.
    public func implementationSpecificMatch(
        path: String, ingress: Ingress, location: SourceLocation
    ) -> (type: HTTPRouteMatch.PathType, finding: Finding?) {
        (.pathPrefix, nil)
    }

    public func refine(_ ir: inout TranslationIR, context: ProviderContext, findings: inout FindingList) {
        let config = ControllerConfig.load(context.manifests.configMaps, explicit: explicitConfigMap, findings: &findings)
        let settings = IngressSettings.all(ir.ingresses, isCanary: isAlternativeBackend)
        Canary.apply(to: &ir, settings: settings, context: context, findings: &findings)
        let regexHosts = RegexMode.apply(to: &ir, settings: settings, findings: &findings)
        Redirects.apply(to: &ir, settings: settings, findings: &findings)
        // From here to ServerNames, refinements change rules in place only: where each
        // Ingress's rules are is worked out once, and each refinement visits only the groups
        // of the Ingresses it concerns.
        let owners = ir.ruleOwners()
        HeaderAnnotations.apply(
            to: &ir, settings: settings, configMaps: context.manifests.configMaps, config: config, owners: owners, findings: &findings)
        CORS.apply(to: &ir, settings: settings, owners: owners, findings: &findings)
        Mirror.apply(to: &ir, settings: settings, owners: owners, findings: &findings)
        BackendProtocol.apply(to: &ir, settings: settings, findings: &findings)
        Passthrough.apply(to: &ir, settings: settings, findings: &findings)
        Timeouts.apply(to: &ir, settings: settings, owners: owners, findings: &findings)
        PolicyIntents.apply(to: &ir, settings: settings, owners: owners, findings: &findings)
        let clientCertificates = ClientCertificates.apply(
            to: &ir, settings: settings, allowCrossNamespace: config.allowCrossNamespaceResources, findings: &findings)
        ExperimentalFeatures.apply(
            to: &ir, settings: settings, allowed: context.options.allowExperimental, owners: owners, findings: &findings)
        let aliasHosts = ServerNames.apply(to: &ir, settings: settings, redirectCode: config.redirectCode, findings: &findings)
        // An alias made a host of its own is in regex mode when its host is.
        let aliasesInRegexMode = aliasHosts.filter { regexHosts.contains($0.value) }.keys
        TrailingSlashRedirect.apply(to: &ir, regexHosts: regexHosts.union(aliasesInRegexMode))
        StreamServices.apply(
            to: &ir, context: context, className: ir.classNames.sorted().first ?? explicitClassName ?? Self.defaultClassName,
            explicit: (explicitTCPServices, explicitUDPServices), findings: &findings)
        SSLRedirect.apply(to: &ir, config: config, findings: &findings)
        CORSPlainHTTP.report(ir, settings: settings, findings: &findings)
        AnnotationReport.report(settings, ir: &ir, allowExperimental: context.options.allowExperimental, snippetsAllowed: config.allowSnippetAnnotations,
            emitterCarries: context.options.emitter != .standard, handled: clientCertificates, findings: &findings)
        DefaultCertificateHosts.report(ir, findings: &findings)
        HostMatchingDifferences.report(ir, findings: &findings)
    }
}
