/// Turns refined IRs into Gateway API objects: one Gateway per ``GatewayKey`` with a listener
/// pair per host, one HTTPRoute per host and namespace (split past 16 rules), client-certificate
/// validation where every HTTPS host of a Gateway asks for the same (``FrontendValidationPlan``),
/// and the ReferenceGrants that cross-namespace certificates and CA bundles need.
///
/// Every route attaches to its host's listeners by `sectionName`, never to the whole Gateway:
/// a route for `*.example.com` must not compete for requests to `www.example.com`, which
/// ingress-nginx served from a separate server block.
struct OutputBuilder {
    var options: TranslationOptions
    var findings = FindingList()
    var objects = GeneratedObjects()
    /// Grants already made, by `gatewayNamespace/fromKind/toKind/namespace/name`, with their index.
    var grantedObjects: [String: Int] = [:]
    /// The grants (by index) given more sources since their sources were last sorted.
    var grantsGainingSources = Set<Int>()
    /// Where the client-certificate validations no Gateway carries were asked for.
    var unappliedClientValidations = Set<SourceLocation>()
    /// For each generated route (by index), its name before collision hashing.
    var unhashedRouteNames: [String] = []
    /// True once a Gateway in `--gateway-namespace` was built (its Namespace is then emitted).
    var builtSharedGateway = false
    /// Route parts many hosts repeat, built once.
    var shared = SharedRouteParts()
    /// The route names that more than one host wants.
    var sharedRouteNames = Set<RouteNameKey>()

    /// Where each listener ended up: the parent to attach to and its section name.
    struct Attachment: Hashable {
        var parent: ParentRef
        var namespace: String
    }

    /// Which GatewayClass each Gateway uses, and which GatewayClasses are generated.
    var classPlan: GatewayClassPlan
    /// The Ingresses with cert-manager annotations, by reference (the only ones the cert-manager
    /// plan and its report read).
    var ingressesByRef: [ObjectRef: Ingress] = [:]
    /// The ingress class each built Gateway replaces.
    var builtGateways: [(gateway: Gateway, ingressClass: String)] = []
    /// Ingresses whose cert-manager annotations went to a Gateway.
    var certManagerSources = Set<ObjectRef>()

    init(options: TranslationOptions, ingressClasses: [IngressClass] = []) {
        self.options = options
        var classes: [String: IngressClass] = [:]
        for ingressClass in ingressClasses where classes[ingressClass.name] == nil { classes[ingressClass.name] = ingressClass }
        classPlan = GatewayClassPlan(options: options, ingressClasses: classes)
    }

    /// Builds every object from the refined IRs, which are given up: each host's route groups
    /// are dropped as soon as its routes are built, so the IR shrinks while the output grows.
    mutating func build(_ given: consuming [TranslationIR]) -> GeneratedObjects {
        var irs = given
        var gatewayKeys = Set<GatewayKey>()
        for ir in irs {
            for key in ir.servers.keys { gatewayKeys.insert(key.gateway) }
            for stream in ir.streamRoutes { gatewayKeys.insert(stream.gateway) }
        }
        for ir in irs {
            for ingress in ir.ingresses where ingress.meta.annotations.contains(where: { Self.isCertManagerKey($0.key) }) {
                ingressesByRef[ingress.ref] = ingress
            }
        }
        let names = gatewayNames(gatewayKeys.sorted())
        sharedRouteNames = Self.sharedRouteNames(irs)
        let backendTLSPolicies = irs.flatMap(\.backendTLSPolicies)
        // About a route per group (more only for groups over Gateway API's limits).
        objects.httpRoutes.reserveCapacity(irs.reduce(0) { $0 + $1.groups.count })
        for position in irs.indices {
            // The IR is moved out of the list, so that dropping its groups copies nothing.
            var ir = irs[position]
            irs[position] = TranslationIR(ingresses: [], classNames: [])
            var serversByGateway: [GatewayKey: [ServerKey]] = [:]
            for key in ir.servers.keys where ir.hasRules(key) {
                serversByGateway[key.gateway, default: []].append(key)
            }
            // Each Gateway's servers, sorted by key, moved out of the IR (whose table is then
            // released: only the route groups are read from here on).
            var serverLists: [GatewayKey: [ServerIR]] = [:]
            for (gateway, keys) in serversByGateway {
                serverLists[gateway] = Self.sortedByHost(keys).map { ir.servers.removeValue(forKey: $0)! }
            }
            ir.servers = [:]
            let streamsByGateway = Dictionary(grouping: ir.streamRoutes, by: \.gateway)
            for key in Set(serverLists.keys).union(streamsByGateway.keys).sorted() {
                let servers = serverLists.removeValue(forKey: key) ?? []
                let streams = (streamsByGateway[key] ?? []).sorted { ($0.isUDP ? 1 : 0, $0.port) < ($1.isUDP ? 1 : 0, $1.port) }
                buildGateway(key, name: names[key]!, servers: servers, streams: streams, ir: &ir)
            }
        }
        sortGrantSources()
        addBackendTLSPolicies(backendTLSPolicies)
        addBackendGrants()
        if builtSharedGateway {
            objects.namespaces.append(NamespaceObject(name: options.gatewayNamespace))
        }
        mergeRoutesServedBySeveralGateways()
        enforceHeaderModifierLimits()
        objects.gatewayClasses = classPlan.gatewayClasses(for: builtGateways)
        reportUnusedCertManagerAnnotations()
        addTeamLabels()
        reportUnusedDedicatedNamespaces(gatewayKeys)
        return objects
    }

    /// The route names (per namespace) that hosts of different servers both want.
    private static func sharedRouteNames(_ irs: [TranslationIR]) -> Set<RouteNameKey> {
        var firstOwners: [RouteNameKey: ServerKey] = [:]
        firstOwners.reserveCapacity(irs.reduce(0) { $0 + $1.groups.count })
        var shared = Set<RouteNameKey>()
        for ir in irs {
            for key in ir.groups.keys {
                let name = RouteNameKey(namespace: key.namespace, name: routeBaseName(key.server))
                if let first = firstOwners[name] {
                    if first != key.server { shared.insert(name) }
                } else {
                    firstOwners[name] = key.server
                }
            }
        }
        return shared
    }

    /// One Gateway's server keys in key order, that is by host (``StringOrderKey`` keeps the
    /// hosts' bytes beside the positions being sorted).
    static func sortedByHost(_ keys: [ServerKey]) -> [ServerKey] {
        var entries = keys.indices.map { (key: StringOrderKey(keys[$0].host), index: $0) }
        entries.sort { left, right in
            StringOrderKey.compare(left.key, right.key, keys[left.index].host, keys[right.index].host) < 0
        }
        return entries.map { keys[$0.index] }
    }

    /// Gateway names: `--gateway-name` or the class name; unique per namespace.
    private func gatewayNames(_ keys: [GatewayKey]) -> [GatewayKey: String] {
        var names: [GatewayKey: String] = [:]
        for local in Dictionary(grouping: keys, by: gatewayNamespace).values {
            names.merge(
                ObjectNaming.allocate(
                    local, desired: { ObjectNaming.sanitize(options.gatewayName ?? $0.className) }, keyText: { $0.className }),
                uniquingKeysWith: { first, _ in first })
        }
        return names
    }

    func gatewayNamespace(_ key: GatewayKey) -> String {
        key.namespace ?? options.gatewayNamespace
    }

    private mutating func buildGateway(
        _ key: GatewayKey, name: String, servers given: consuming [ServerIR], streams: [StreamRouteIR], ir: inout TranslationIR
    ) {
        let namespace = gatewayNamespace(key)
        var gateway = Gateway(
            meta: OutputMeta(name: name, namespace: namespace),
            gatewayClassName: classPlan.className(forIngressClass: key.className))
        var servers = given
        let certManager = CertManagerPlan(servers: servers, ingresses: ingressesByRef, gatewayNamespace: namespace)
        for (index, certificate) in certManager.movedCertificates { servers[index].certificate = certificate }
        gateway.meta.annotations = certManager.annotations
        certManagerSources.formUnion(certManager.sources)
        findings.add(contentsOf: certManager.findings)
        let plan = ListenerPlan(
            gatewayName: name, gatewayNamespace: namespace, servers: servers, streams: streams,
            admission: admission(sharedGateway: key.namespace == nil))
        gateway.listeners = plan.gatewayListeners
        gateway.meta.sources = (servers.map(\.creator) + streams.map(\.source)).sortedUnique()
        if !plan.overflow.isEmpty {
            gateway.allowedListeners = .same
            objects.listenerSets += plan.listenerSets(gatewayName: name, namespace: namespace)
            findings.add(
                Finding(
                    .listenerLimit, at: servers.first?.creator.location,
                    message: "Gateway \(namespace)/\(name) needs \(plan.totalListeners) listeners; Gateway API allows 64 per Gateway, so \(plan.overflow.count) were put in \(plan.listenerSetCount) ListenerSet(s) attached to it",
                    hint: "check that the target implementation supports ListenerSet (standard since Gateway API v1.5)"))
        }
        let validation = FrontendValidationPlan(gatewayName: name, gatewayNamespace: namespace, servers: servers, plan: plan)
        gateway.frontendValidation = validation.validation
        findings.add(contentsOf: validation.findings)
        unappliedClientValidations.formUnion(validation.unapplied)
        objects.gateways.append(gateway)
        builtGateways.append((gateway, key.className))
        if key.namespace == nil { builtSharedGateway = true }
        addCertificateGrants(servers, gatewayNamespace: namespace, plan: plan)
        if let ca = validation.validation?.caConfigMap, ca.namespace != namespace {
            for source in validation.appliedSources {
                addGrant(from: "Gateway", gatewayNamespace: namespace, toKind: "ConfigMap", target: ca, source: source)
            }
        }
        // Each host's route groups are moved out of the IR, whose table is released once no
        // other Gateway's hosts are left in it; each host's groups are dropped once its routes
        // are built, so the IR shrinks while the output grows.
        var groupLists = servers.map { server in
            server.namespaces.compactMap { ir.groups.removeValue(forKey: RouteGroupKey(server: server.key, namespace: $0)) }
        }
        if ir.groups.isEmpty { ir.groups = [:] }
        for index in servers.indices {
            let groups = groupLists[index]
            groupLists[index] = []
            buildRoutes(for: servers[index], groups: groups, ir: ir, attachments: plan.attachments(forServerAt: index))
        }
        for stream in streams {
            var meta = OutputMeta(name: "\(stream.isUDP ? "udp" : "tcp")-\(stream.port)", namespace: stream.namespace)
            meta.sources = [stream.source]
            objects.streamRoutes.append(
                StreamRoute(
                    kind: stream.isUDP ? "UDPRoute" : "TCPRoute", meta: meta,
                    parentRefs: localized([plan.streamParent(stream)], to: stream.namespace), backendRefs: [stream.backend]))
        }
    }
}
