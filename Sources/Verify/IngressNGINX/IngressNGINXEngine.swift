import MigrationCore

/// What ingress-nginx does with a request, from the Ingresses of one controller instance (one
/// ingress class): servers and locations built as the controller merges Ingresses
/// (``NGINXServerTable``), server and location chosen as nginx chooses them
/// (``NGINXLocationMatching``), then the location's annotation steps, then the proxying.
///
/// Modelled: host and path matching, default backends, certificates as far as they decide
/// the HTTPS redirect, the HTTPS redirect itself, and the annotation behaviours in
/// ``defaultSteps``. Not modelled: every other annotation, ConfigMap settings, snippets,
/// aliases, canary Ingresses (skipped, as for servers and locations), `--default-backend-service`.
public struct IngressNGINXEngine: Sendable {
    /// The annotation behaviours the engine models, in the order the controller applies them.
    public static let defaultSteps: [any NGINXAnnotationStep] = [SSLRedirectStep(), HSTSStep()]

    /// Controller-wide settings.
    public var controller: NGINXControllerSettings
    /// Which Services exist (a missing one makes nginx answer 503).
    public var services: ServiceCatalog
    private let table: NGINXServerTable
    private let steps: [any NGINXAnnotationStep]
    private let servicePorts: [String: [Service.Port]]

    /// Prepares the engine for one controller instance's Ingresses. `knownServices` resolve
    /// named ports.
    public init(
        ingresses: [Ingress], knownServices: [Service] = [], services: ServiceCatalog = .assumeEveryServiceExists,
        controller: NGINXControllerSettings = NGINXControllerSettings(), steps: [any NGINXAnnotationStep] = Self.defaultSteps
    ) {
        table = NGINXServerTable(ingresses, steps: steps)
        self.steps = steps
        self.services = services
        self.controller = controller
        var ports: [String: [Service.Port]] = [:]
        for service in knownServices where ports[ServiceCatalog.key(service.namespace, service.name)] == nil {
            ports[ServiceCatalog.key(service.namespace, service.name)] = service.ports
        }
        servicePorts = ports
    }

    /// The servers, by name (for tests and reports).
    public var servers: [String: NGINXServer] { table.servers }

    /// The decision for a request sent to the controller's address.
    public func route(_ request: ProbeRequest) -> RoutingDecision {
        let server = NGINXLocationMatching.server(for: request.hostname, in: table.servers)
        let serverText = server.hostname == "_" ? "the catch-all server" : "server \(server.hostname)"
        switch NGINXLocationMatching.location(for: request, in: server) {
        case .none:
            return RoutingDecision(.response(statusCode: 404, reason: "no location matches"), decidedBy: serverText)
        case .slashRedirect(let target):
            let location = "\(request.scheme.rawValue)://\(SSLRedirectStep.hostWithoutPort(request.host))\(target)"
            return RoutingDecision(
                .redirect(statusCode: 301, location: location),
                decidedBy: "nginx's automatic redirect to the location \(target.prefix { $0 != "?" }) of \(serverText)")
        case .location(let location):
            var processing = NGINXRequestProcessing(
                request: request, location: location, server: server, hostHasCertificate: hasCertificate(request.hostname),
                controller: controller)
            for step in steps where processing.answer == nil { step.process(&processing) }
            let ingress = location.ingressIndex.map { table.ingresses[$0] }
            let decidedBy = "location \(location.kind == .exact ? "= " : "")\(location.path) of \(serverText)" + (ingress.map { " (\($0.ref))" } ?? "")
            let outcome = processing.answer ?? proxy(processing)
            return RoutingDecision(outcome, decidedBy: decidedBy, object: ingress?.ref, locations: location.sources)
        }
    }

    /// Whether the controller's certificate table has the host: the host itself, or `*.` and
    /// its parent domain (the lookup the HTTPS redirect uses).
    func hasCertificate(_ hostname: String) -> Bool {
        if hostname != "_", table.servers[hostname]?.hasCertificate == true { return true }
        guard let dot = hostname.firstIndex(of: ".") else { return false }
        return table.servers["*" + hostname[dot...]]?.hasCertificate == true
    }

    private func proxy(_ processing: NGINXRequestProcessing) -> RoutingOutcome {
        switch processing.location.backend {
        case .controllerDefault:
            return .response(statusCode: 404, reason: "the controller's default backend")
        case .service(let namespace, let name, let port):
            guard services.contains(namespace: namespace, name: name) else {
                return .response(statusCode: 503, reason: "Service \(namespace)/\(name) does not exist")
            }
            let service = BackendService(namespace: namespace, name: name, port: resolve(port, namespace: namespace, name: name))
            return .forwarded(
                Forwarding(
                    shares: [BackendShare(target: .service(service), weight: 1, upstream: processing.upstream)],
                    responseHeaderEdits: processing.responseHeaderEdits))
        }
    }

    /// The Service port number, found as the controller finds it: the first port of the
    /// Service whose number, `targetPort` or name equals the Ingress's port; the Ingress's
    /// port as written when the Service is not known.
    private func resolve(_ port: ServicePortRef, namespace: String, name: String) -> String {
        let wanted: String
        switch port {
        case .number(let number): wanted = String(number)
        case .name(let portName): wanted = portName
        case .none: return "(none)"
        }
        let match = servicePorts[ServiceCatalog.key(namespace, name)]?.first {
            String($0.port) == wanted || $0.targetPort == wanted || $0.name == wanted
        }
        return match.map { String($0.port) } ?? wanted
    }
}
