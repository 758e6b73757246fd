/// Turns refined IRs into Gateway API objects: one Gateway per ``GatewayKey`` with a listener
/// pair per host, one HTTPRoute per host and namespace (split past 16 rules), and the
/// ReferenceGrants that cross-namespace certificates need.
///
/// Every route attaches to its host's listeners by `sectionName`, never to the whole Gateway:
/// a route for `*.example.com` must not compete for requests to `www.example.com`, which
/// ingress-nginx served from a separate server block.
struct OutputBuilder {
    var options: TranslationOptions
    var findings = FindingList()
    var objects = GeneratedObjects()
    /// Grants already made, by `gatewayNamespace/secretNamespace/name`, with their index.
    var grantedSecrets: [String: Int] = [:]
    /// The Ingresses behind each certificate grant, by its index; sorted into the grant's
    /// sources once every Gateway is built.
    var certificateGrantSources: [Int: Set<SourceRef>] = [:]
    /// Route parts many hosts repeat, built once.
    var shared = SharedRouteParts()
    /// The route names that more than one host wants.
    var sharedRouteNames = Set<RouteNameKey>()

    /// Where each listener ended up: the parent to attach to and its section name.
    struct Attachment: Hashable {
        var parent: ParentRef
        var namespace: String
    }

    init(options: TranslationOptions) {
        self.options = options
    }

    mutating func build(_ irs: [TranslationIR]) -> GeneratedObjects {
        var gatewayKeys = Set<GatewayKey>()
        for ir in irs { for key in ir.servers.keys { gatewayKeys.insert(key.gateway) } }
        let names = gatewayNames(gatewayKeys.sorted())
        sharedRouteNames = Self.sharedRouteNames(irs)
        for ir in irs {
            // Servers are large: they are grouped and sorted by key, and read from the IR where
            // they are used rather than copied.
            var serversByGateway: [GatewayKey: [ServerKey]] = [:]
            for key in ir.servers.keys where ir.hasRules(key) {
                serversByGateway[key.gateway, default: []].append(key)
            }
            for key in serversByGateway.keys.sorted() {
                var keys = serversByGateway.removeValue(forKey: key)!
                keys.sort()
                let servers = keys.lazy.map { ir.servers[$0]! }
                buildGateway(key, name: names[key]!, servers: servers, ir: ir)
            }
        }
        for (index, sources) in certificateGrantSources {
            objects.referenceGrants[index].meta.sources = sources.sorted()
        }
        addBackendTLSPolicies(irs)
        addBackendGrants()
        if !options.gatewayPerNamespace && !objects.gateways.isEmpty {
            objects.namespaces.append(NamespaceObject(name: options.gatewayNamespace))
        }
        return objects
    }

    /// The route names (per namespace) that hosts of different servers both want.
    private static func sharedRouteNames(_ irs: [TranslationIR]) -> Set<RouteNameKey> {
        var firstOwners: [RouteNameKey: ServerKey] = [:]
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

    private mutating func buildGateway(_ key: GatewayKey, name: String, servers: some Collection<ServerIR>, ir: TranslationIR) {
        let namespace = gatewayNamespace(key)
        var gateway = Gateway(
            meta: OutputMeta(name: name, namespace: namespace),
            gatewayClassName: options.gatewayClassName ?? key.className)
        let plan = ListenerPlan(gatewayName: name, gatewayNamespace: namespace, servers: servers)
        gateway.listeners = plan.gatewayListeners
        gateway.meta.sources = Array(Set(servers.map(\.creator))).sorted()
        if !plan.overflow.isEmpty {
            gateway.allowsListenerSetsFromSameNamespace = true
            objects.listenerSets += plan.listenerSets(gatewayName: name, namespace: namespace)
            findings.add(
                Finding(
                    .listenerLimit, at: servers.first?.creator.location,
                    message: "Gateway \(namespace)/\(name) needs \(plan.totalListeners) listeners; Gateway API allows 64 per Gateway, so \(plan.overflow.count) were put in \(plan.listenerSetCount) ListenerSet(s) attached to it",
                    hint: "check that the target implementation supports ListenerSet (standard since Gateway API v1.5)"))
        }
        objects.gateways.append(gateway)
        addCertificateGrants(servers, gatewayNamespace: namespace)
        for server in servers {
            buildRoutes(for: server, ir: ir, attachments: plan.attachments(for: server.key))
        }
    }

    /// One ReferenceGrant per Secret a listener uses from another namespace, naming exactly
    /// that Secret and the Gateways' namespace.
    private mutating func addCertificateGrants(_ servers: some Collection<ServerIR>, gatewayNamespace: String) {
        for server in servers {
            guard let certificate = server.certificate, certificate.secret.namespace != gatewayNamespace else { continue }
            let secret = certificate.secret
            let key = "\(gatewayNamespace)/\(secret.namespace)/\(secret.name)"
            if let index = grantedSecrets[key] {
                certificateGrantSources[index]!.insert(certificate.source)
                continue
            }
            grantedSecrets[key] = objects.referenceGrants.count
            certificateGrantSources[objects.referenceGrants.count] = [certificate.source]
            var meta = OutputMeta(
                name: ObjectNaming.fit("allow-\(gatewayNamespace)-gateways-to-\(secret.name)"), namespace: secret.namespace)
            meta.sources = [certificate.source]
            objects.referenceGrants.append(
                ReferenceGrant(
                    meta: meta, fromGroup: gatewayGroup, fromKind: "Gateway", fromNamespace: gatewayNamespace,
                    toGroup: "", toKind: "Secret", toName: secret.name))
        }
    }
}
