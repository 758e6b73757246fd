import MigrationCore

/// Proves (or disproves) that a translation routes like the controller: every probe request
/// goes through the ingress-nginx engine (over the Ingresses of its class) and through the
/// Gateway API engine (over the generated objects, at the Gateway that replaces the class's
/// address), and every difference becomes a finding at the Ingress path that decided it,
/// unless a finding of the translation already describes it (then it is counted under an
/// `I2GW-VERIFY-EXPLAINED` finding at that finding's location).
public struct Verifier {
    /// One ingress-nginx controller instance: an ingress class and its Ingresses.
    public struct ControllerInstance: Sendable {
        /// The ingress class.
        public var className: String
        /// Its Ingresses.
        public var ingresses: [Ingress]

        /// Creates an instance.
        public init(className: String, ingresses: [Ingress]) {
            self.className = className
            self.ingresses = ingresses
        }

        /// The instances of the shares the ingress-nginx provider translated, one per class.
        public static func ingressNGINX(_ shares: [ProviderAssignment.Share]) -> [ControllerInstance] {
            var byClass: [String: [Ingress]] = [:]
            for share in shares where share.provider.name == "ingress-nginx" {
                for (ingress, className) in zip(share.ingresses, share.classNames) { byClass[className, default: []].append(ingress) }
            }
            return byClass.keys.sorted().map { ControllerInstance(className: $0, ingresses: byClass[$0]!) }
        }
    }

    let manifests: ParsedManifests
    let instances: [ControllerInstance]
    let controller: NGINXControllerSettings
    /// The generated objects; the Gateway engine over them is built when verifying, beside the
    /// first class's probes.
    let objects: GeneratedObjects
    let locator: GatewayLocator
    let explanation: DifferenceExplanation
    /// The first class, in instance order, with an Ingress rule for each host (lower-cased).
    let classByHost: [String: String]

    /// Prepares a verification of `objects`, translated from `manifests` with `findings`.
    /// The controller's settings come from its ConfigMap in the input: the one
    /// `controllerConfigMap` names (`namespace/name`, as `--ingress-nginx-configmap` does),
    /// else one with a well-known name.
    public init(
        manifests: ParsedManifests, objects: GeneratedObjects, findings: [Finding], instances: [ControllerInstance],
        controllerConfigMap: String? = nil
    ) {
        self.manifests = manifests
        self.instances = instances
        controller = NGINXControllerSettings(configMap: NGINXControllerSettings.configMap(in: manifests.configMaps, explicit: controllerConfigMap))
        self.objects = objects
        locator = GatewayLocator(objects)
        explanation = DifferenceExplanation(findings: findings, ingresses: instances.flatMap(\.ingresses))
        var classByHost: [String: String] = [:]
        for instance in instances {
            for rule in instance.ingresses.flatMap(\.rules) where classByHost[rule.hostName.lowercased()] == nil {
                classByHost[rule.hostName.lowercased()] = instance.className
            }
        }
        self.classByHost = classByHost
    }

    /// Runs the generated probes and the user's, and reports. The probes are answered on
    /// `workers` threads, a batch at a time, and reported in order.
    public func verify(userProbes: [UserProbe] = [], workers: Int = RenderWorkers.available) -> VerificationReport {
        verify(userProbes: userProbes, workers: workers, batchSize: ProbeEvaluation.batchSize)
    }

    /// ``verify(userProbes:workers:)`` with batches of `batchSize` probes.
    func verify(userProbes: [UserProbe], workers: Int, batchSize: Int) -> VerificationReport {
        var report = VerificationReport()
        var explained: [Finding: [String]] = [:]
        // The explaining findings in the order they first explained a request: a dictionary's
        // order changes from one table to the next, and the report's must not.
        var explainers: [Finding] = []
        var explanation = self.explanation
        var builtGatewayEngine: GatewayAPIEngine?
        for instance in instances {
            // The Gateway's engine (once), the controller's engine and the probes do not depend
            // on each other: the engines are built on one core while the probes are made on
            // another.
            let ((built, engine), generated) = SideBySide.run(workers: workers) { [manifests, controller, objects, builtGatewayEngine] in
                (
                    builtGatewayEngine ?? GatewayAPIEngine(GatewayAPIConfiguration(objects)),
                    IngressNGINXEngine(
                        ingresses: instance.ingresses, knownServices: manifests.services, controller: controller, configMaps: manifests.configMaps)
                )
            } _: {
                ProbeGenerator.probes(for: instance.ingresses, className: instance.className)
            }
            builtGatewayEngine = built
            let gatewayEngine = built
            let classGateway = locator.classGateway(instance.ingresses.map(\.ref))
            var probes = generated
            for user in userProbes where className(for: user) == instance.className {
                probes.append(Probe(request: user.request, className: instance.className, purpose: "from the probes file", locations: [user.location]))
            }
            var start = 0
            while start < probes.count {
                let range = start..<(start + min(probes.count - start, max(1, batchSize)))
                start = range.upperBound
                let evaluations = ProbeEvaluation.evaluate(probes, range, workers: workers) { [gatewayEngine, locator] probe in
                    let reference = engine.route(probe.request)
                    let candidate = Self.gatewayDecision(probe, classGateway: classGateway, engine: gatewayEngine, locator: locator)
                    let differences = OutcomeComparison.differences(reference: reference.outcome, candidate: candidate.outcome, for: probe.request)
                    return differences.isEmpty ? nil : ProbeEvaluation(reference: reference, candidate: candidate, differences: differences)
                }
                report.compared += range.count
                for (offset, evaluation) in evaluations.enumerated() {
                    guard let evaluation else { continue }
                    record(probes[range.lowerBound + offset], evaluation, into: &report, explanation: &explanation, explained: &explained, explainers: &explainers)
                }
            }
            for user in userProbes where className(for: user) == instance.className {
                let candidate = Self.gatewayDecision(
                    Probe(request: user.request, className: instance.className, purpose: ""), classGateway: classGateway, engine: gatewayEngine,
                    locator: locator)
                let problems = user.expectation.mismatches(candidate.outcome)
                if !problems.isEmpty {
                    report.findings.append(
                        Finding(
                            .verifyProbeMismatch, at: user.location,
                            message: "\(user.request): the Gateway gives \(candidate.outcome) [\(candidate.decidedBy)]; \(problems.joined(separator: "; "))"))
                }
            }
        }
        for finding in explainers {
            let texts = explained[finding]!
            report.explained += texts.count
            report.findings.append(
                Finding(
                    .verifyExplained, provider: finding.provider, object: finding.object, at: finding.location,
                    message: "\(Plural.count(texts.count, "probe request differs", "probe requests differ")) as the [\(finding.code.id)] finding here says; for example \(texts.sorted()[0])"))
        }
        return report
    }

    /// Reports a probe whose answers differ: counted under the finding that explains it, or
    /// a difference of its own.
    private func record(
        _ probe: Probe, _ evaluation: ProbeEvaluation, into report: inout VerificationReport, explanation: inout DifferenceExplanation,
        explained: inout [Finding: [String]], explainers: inout [Finding]
    ) {
        let (reference, candidate) = (evaluation.reference, evaluation.candidate)
        report.differing += 1
        let text = Self.describe(probe, reference, candidate, evaluation.differences)
        if let finding = explanation.explain(probe, reference: reference, candidate: candidate) {
            if explained[finding] == nil { explainers.append(finding) }
            explained[finding, default: []].append(text)
            report.explainedRequests.insert(probe.request)
        } else {
            report.findings.append(
                Finding(
                    .verifyDifference, provider: "ingress-nginx", object: reference.object ?? probe.object,
                    at: reference.firstLocation ?? probe.locations.first ?? ingressLocation(probe.object),
                    message: "\(probe.purpose.prefix(1).uppercased() + probe.purpose.dropFirst()), \(text)",
                    hint: "fix the generated objects or the Ingress so both answer alike, or confirm the new behaviour is wanted"))
        }
    }

    private static func gatewayDecision(
        _ probe: Probe, classGateway: GatewayLocator.Address?, engine: GatewayAPIEngine, locator: GatewayLocator
    ) -> RoutingDecision {
        guard let address = locator.gateway(for: probe.object, classGateway: classGateway) else {
            return RoutingDecision(.refused(reason: "no Gateway was generated for ingress class \(probe.className)"), decidedBy: "the translation")
        }
        return engine.route(probe.request, gatewayNamespace: address.namespace, gatewayName: address.name)
    }

    /// The class of a user probe: the one it names, else the one with a rule for its host,
    /// else the first.
    func className(for probe: UserProbe) -> String? {
        if let named = probe.className { return named }
        return classByHost[probe.request.hostname] ?? instances.first?.className
    }

    private func ingressLocation(_ object: ObjectRef?) -> SourceLocation? {
        guard let object else { return nil }
        return manifests.ingresses.first { $0.ref == object }?.location
    }

    static func describe(_ probe: Probe, _ reference: RoutingDecision, _ candidate: RoutingDecision, _ differences: [OutcomeDifference]) -> String {
        "\(probe.request): ingress-nginx \(reference.outcome) [\(reference.decidedBy)], the Gateway \(candidate.outcome) [\(candidate.decidedBy)]; "
            + "differs in " + differences.map(\.description).joined(separator: "; ")
    }
}

/// What a verification found.
public struct VerificationReport: Sendable {
    /// Differences, explained groups and probe mismatches.
    public var findings: [Finding] = []
    /// Requests compared.
    public var compared = 0
    /// Requests whose outcomes differ (explained or not).
    public var differing = 0
    /// Differing requests another finding describes.
    public var explained = 0
    /// The requests whose difference another finding describes.
    public var explainedRequests = Set<ProbeRequest>()

    /// `i2gw: verify: 40 requests compared, 3 differ (2 as other findings describe)`.
    public var summary: String {
        "i2gw: verify: \(Plural.count(compared, "request", "requests")) compared, \(differing) differ (\(explained) as other findings describe)"
    }
}
