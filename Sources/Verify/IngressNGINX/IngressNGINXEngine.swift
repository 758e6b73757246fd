import MigrationCore

/// What ingress-nginx does with a request, from the Ingresses of one controller instance (one
/// ingress class) and its ConfigMap, in the order the controller's nginx configuration acts:
///
/// 1. TLS passthrough: an HTTPS connection whose SNI is a host with `ssl-passthrough` goes,
///    untouched, to the Service of the host's `/` location.
/// 2. The server for the host (``NGINXLocationMatching``), including `server-alias` names and
///    the servers `from-to-www-redirect` adds (``NGINXServerNames``), which redirect at once.
/// 3. `app-root`: the server answers a request for exactly `/` with a 302 to
///    `<scheme>://<Host><app-root>` (the query dropped), before choosing a location.
/// 4. The location, or nginx's automatic 301 to a prefix location ending in `/`.
/// 5. The location's annotation steps, in ``defaultSteps`` order, then the proxying to the
///    location's backend (or its canary), with mirrors and response header edits.
public struct IngressNGINXEngine: Sendable {
    /// The annotation behaviours the engine models, in the order nginx runs them: the
    /// location's rewrite-phase directives (a denied location's 503, the CORS preflight, the
    /// redirect annotations, the rewrite), then the Lua HTTPS redirect and balancer, then
    /// what the proxied request and its response carry.
    public static let defaultSteps: [any NGINXAnnotationStep] = [
        CustomHeadersStep(), CORSStep(), RedirectAnnotationStep(), RewriteStep(), SSLRedirectStep(), CanaryStep(),
        UpstreamRequestStep(), HostSettingsStep(), HSTSStep(),
    ]

    /// Controller-wide settings.
    public var controller: NGINXControllerSettings
    /// Which Services exist (a missing one makes nginx answer 503).
    public var services: ServiceCatalog
    private let table: NGINXServerTable
    private let names: NGINXServerNames
    private let selection: NGINXServerSelection
    private let steps: [any NGINXAnnotationStep]
    private let servicePorts: [String: [Service.Port]]

    /// Prepares the engine for one controller instance's Ingresses, with the controller's
    /// settings and the input's ConfigMaps (for `custom-headers`). `knownServices` resolve
    /// named ports.
    public init(
        ingresses: [Ingress], knownServices: [Service] = [], services: ServiceCatalog = .assumeEveryServiceExists,
        controller: NGINXControllerSettings = NGINXControllerSettings(), configMaps: [ConfigMap] = [],
        steps: [any NGINXAnnotationStep] = Self.defaultSteps
    ) {
        table = NGINXServerTable(ingresses, steps: steps, context: NGINXConfigurationContext(controller: controller, configMaps: configMaps))
        names = NGINXServerNames(table.servers)
        selection = NGINXServerSelection(table.servers)
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
        if let passthrough = passthrough(request) { return passthrough }
        if let (outcome, redirect) = names.answer(request, controller: controller) {
            let ingress = redirect.ingressIndex.map { table.ingresses[$0] }
            return RoutingDecision(
                outcome, decidedBy: "the from-to-www-redirect server \(request.hostname) of \(redirect.target)", object: ingress?.ref,
                locations: redirect.sources)
        }
        let name = selection.serverName(for: request.hostname)
        let server = table.servers[name]!
        let index = table.locationIndexes[name]!
        let serverText = server.hostname == "_" ? "the catch-all server" : "server \(server.hostname)"
        if request.path == "/", let carrier = index.appRootIndex.map({ server.locations[$0] }), let root = carrier.settings.rewrite.appRoot {
            let ingress = carrier.ingressIndex.map { table.ingresses[$0] }
            return RoutingDecision(
                .redirect(statusCode: 302, location: "\(request.scheme.rawValue)://\(request.host)\(root)"),
                decidedBy: "app-root of \(serverText)", object: ingress?.ref, locations: carrier.settings.sources["app-root"] ?? [])
        }
        switch index.location(for: request.path, query: request.query, in: server.locations) {
        case .none:
            return RoutingDecision(.response(statusCode: 404, reason: "no location matches"), decidedBy: serverText)
        case .slashRedirect(let target):
            let location = "\(request.scheme.rawValue)://\(SSLRedirectStep.hostWithoutPort(request.host))\(target)"
            return RoutingDecision(
                .redirect(statusCode: 301, location: location),
                decidedBy: "nginx's automatic redirect to the location \(target.prefix { $0 != "?" }) of \(serverText)")
        case .location(let position):
            return process(request, at: position, of: server, index: index, serverText: serverText)
        }
    }

    private func process(
        _ request: ProbeRequest, at position: Int, of server: NGINXServer, index: NGINXLocationIndex, serverText: String
    ) -> RoutingDecision {
        let location = server.locations[position]
        var processing = NGINXRequestProcessing(
            request: request, location: location, server: server, hostHasCertificate: hasCertificate(request.hostname),
            controller: controller, canary: table.canaries[location.backend.upstreamName])
        for step in steps where processing.answer == nil { step.process(&processing) }
        let ingress = location.ingressIndex.map { table.ingresses[$0] }
        let decidedBy = "location \(location.kind == .exact ? "= " : "")\(location.path) of \(serverText)" + (ingress.map { " (\($0.ref))" } ?? "")
        let explaining = location.sources + processing.decidingAnnotations
        let regexMode = index.usesRegex && index.regexModeDecides(path: request.path, chosen: position, in: server.locations)
        let outcome = processing.answer ?? proxy(processing)
        return RoutingDecision(
            outcome, decidedBy: decidedBy, object: ingress?.ref, locations: explaining, shared: regexMode ? index.regexModeSources : nil)
    }

    /// The TLS passthrough of an HTTPS request whose host has `ssl-passthrough`, if any.
    private func passthrough(_ request: ProbeRequest) -> RoutingDecision? {
        guard request.scheme == .https, controller.sslPassthroughEnabled, request.hostname != "_",
            let server = table.servers[request.hostname], server.sslPassthrough
        else { return nil }
        let root = table.locationIndexes[request.hostname]!.rootIndex.map { server.locations[$0] }
        let ingress = root?.ingressIndex.map { table.ingresses[$0] }
        let sources = table.passthroughSources[server.hostname] ?? []
        let decidedBy = "the TLS passthrough of \(server.hostname)"
        guard let root, case .service(let namespace, let name, let port) = root.backend else {
            return RoutingDecision(.refused(reason: "TLS is passed through to the controller's default backend, which does not speak TLS"), decidedBy: decidedBy, locations: sources)
        }
        let service = BackendService(namespace: namespace, name: name, port: resolve(port, namespace: namespace, name: name))
        let forwarding = Forwarding(shares: [BackendShare(target: .service(service), weight: 1, upstream: UpstreamRequest(request))])
        return RoutingDecision(.forwarded(forwarding), decidedBy: decidedBy, object: ingress?.ref, locations: sources + root.sources)
    }

    /// Whether the controller's certificate table has the host: the host itself, an alias the
    /// certificate covers, or `*.` and its parent domain (the lookup the HTTPS redirect uses).
    func hasCertificate(_ hostname: String) -> Bool {
        if hostname != "_", table.servers[hostname]?.hasCertificate == true { return true }
        if selection.certifiedAliases.contains(hostname) { return true }
        guard let dot = hostname.firstIndex(of: ".") else { return false }
        return table.servers["*" + hostname[dot...]]?.hasCertificate == true
    }

    private func proxy(_ processing: NGINXRequestProcessing) -> RoutingOutcome {
        func share(_ backend: NGINXBackend, weight: Int) -> BackendShare? {
            guard case .service(let namespace, let name, let port) = backend else { return nil }
            guard services.contains(namespace: namespace, name: name) else {
                return BackendShare(target: .failure(statusCode: 503, reason: "Service \(namespace)/\(name) does not exist"), weight: weight, upstream: processing.upstream)
            }
            let service = BackendService(namespace: namespace, name: name, port: resolve(port, namespace: namespace, name: name))
            return BackendShare(target: .service(service), weight: weight, upstream: processing.upstream)
        }
        let primary = processing.location.backend
        let shares: [BackendShare?]
        switch (processing.backendChoice, processing.canary?.backend) {
        case (.canary, let canary?): shares = [share(canary, weight: 1)]
        case (.weighted(let weight, let total), let canary?): shares = [share(primary, weight: total - weight), share(canary, weight: weight)]
        default: shares = [share(primary, weight: 1)]
        }
        let usable = shares.compactMap { $0 }
        guard !usable.isEmpty else { return .response(statusCode: 404, reason: "the controller's default backend") }
        if usable.count == 1, case .failure(let code, let reason) = usable[0].target { return .response(statusCode: code, reason: reason) }
        return .forwarded(Forwarding(shares: usable, responseHeaderEdits: processing.responseHeaderEdits, mirrors: processing.mirrors))
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
