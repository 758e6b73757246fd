/// Stage 2: translates parsed manifests into Gateway API objects.
///
/// 1. Each Ingress is given its class and the provider that serves it (``ProviderAssignment``).
/// 2. Per provider, the core builds the neutral IR the way the controller merged Ingresses
///    (``IRBuilder``), and the provider refines it with its annotations and defaults.
/// 3. The IRs become GatewayClasses, Gateways, listeners, routes and ReferenceGrants
///    (``OutputBuilder``); annotations other controllers read move to the objects they read
///    them from (``CertManagerPlan``, ``ExternalDNSAnnotations``).
/// 4. Every route, generated or already in the input, is checked against its parents
///    (``AttachmentPredictor``).
///
/// Findings are appended to the caller's list; nothing is printed.
public struct Translator: Sendable {
    /// The translation options.
    public var options: TranslationOptions
    /// The providers that take part, in order of preference.
    public var providers: [any Provider]

    /// Creates a translator.
    public init(options: TranslationOptions, providers: [any Provider]) {
        self.options = options
        self.providers = providers
    }

    /// Translates the manifests.
    public func translate(_ manifests: ParsedManifests, findings: inout FindingList) -> TranslationResult {
        let shares = ProviderAssignment.assign(manifests, providers: providers, findings: &findings)
        let services = ServiceIndex(manifests.services)
        let context = ProviderContext(manifests: manifests, options: options)
        var irs: [TranslationIR] = []
        var usage: [String: Int] = [:]
        var ingressProviders: [SourceRef: String] = [:]
        ingressProviders.reserveCapacity(manifests.ingresses.count)
        var outcomes: [AnnotationOutcome] = []
        for share in shares {
            var builder = IRBuilder(
                provider: share.provider, options: options, services: services, ingresses: share.ingresses,
                classNames: share.classNames)
            var ir = builder.build()
            findings.add(contentsOf: builder.findings.all)
            share.provider.refine(&ir, context: context, findings: &findings)
            RuleValidation.apply(to: &ir, provider: share.provider.name, findings: &findings)
            TLSMatching.reportUnusedTLS(in: ir, findings: &findings)
            irs.append(ir)
            if !share.ingresses.isEmpty || !ir.streamRoutes.isEmpty { usage[share.provider.name] = share.ingresses.count }
            for ingress in share.ingresses {
                ingressProviders[SourceRef(object: ingress.ref, location: ingress.location)] = share.provider.name
            }
            outcomes += ir.annotationOutcomes
        }
        // The IRs and the output builder's tables are released once the objects are built:
        // what follows (emitters, external-dns, attachment prediction) works on the objects.
        var objects = buildObjects(consuming: consume irs, manifests: manifests, outcomes: &outcomes, findings: &findings)
        var emitter = options.emitter.emitter
        emitter.emit(&objects, findings: &findings)
        var externalDNS = ExternalDNSAnnotations(ingresses: shares.flatMap(\.ingresses))
        externalDNS.apply(to: &objects)
        findings.add(contentsOf: externalDNS.findings)
        objects.sortGrowingListsInOutputOrder()
        var predictor = AttachmentPredictor(objects: objects, manifests: manifests)
        let attachments = predictor.predict()
        findings.add(contentsOf: predictor.findings)
        var result = TranslationResult(objects: objects, ingressesPerProvider: usage, attachments: attachments)
        result.ingressProviders = ingressProviders
        // Sorted in place: a sorted copy would sit beside the list at the run's peak memory.
        outcomes.permute(by: PositionOrder.sortedIndices(of: outcomes, location: { $0.location }, tieBreak: AnnotationOutcome.ordered))
        result.annotationOutcomes = outcomes
        return result
    }

    /// Builds the Gateway API objects from the refined IRs, which are given up.
    private func buildObjects(
        consuming irs: consuming [TranslationIR], manifests: ParsedManifests, outcomes: inout [AnnotationOutcome],
        findings: inout FindingList
    ) -> GeneratedObjects {
        var output = OutputBuilder(options: options, ingressClasses: manifests.ingressClasses)
        let objects = output.build(consume irs)
        findings.add(contentsOf: output.findings.all)
        // A client-certificate annotation no Gateway could carry was not translated after all.
        // (Changed in place: a mapped copy would retain and release every outcome.)
        if !output.unappliedClientValidations.isEmpty {
            for index in outcomes.indices where output.unappliedClientValidations.contains(outcomes[index].location) {
                outcomes[index].status = .unsupported
            }
        }
        return objects
    }
}

/// What the translation produced.
public struct TranslationResult: Sendable {
    /// The generated objects.
    public var objects: GeneratedObjects
    /// How many Ingresses each provider translated.
    public var ingressesPerProvider: [String: Int]
    /// The provider that translated each Ingress (Ingresses no provider serves are absent).
    public var ingressProviders: [SourceRef: String] = [:]
    /// What the providers did with their annotations, sorted by location.
    public var annotationOutcomes: [AnnotationOutcome] = []
    /// The predicted attachment of every route to every parent.
    public var attachments: [AttachmentPrediction]

    /// Creates a result.
    public init(objects: GeneratedObjects, ingressesPerProvider: [String: Int], attachments: [AttachmentPrediction] = []) {
        self.objects = objects
        self.ingressesPerProvider = ingressesPerProvider
        self.attachments = attachments
    }
}
