/// Builds the neutral ``TranslationIR`` from one provider's Ingresses, the way an ingress
/// controller merges Ingresses into virtual hosts:
///
/// - Ingresses are processed oldest first (`creationTimestamp`); Ingresses created in the same
///   second are ordered by `namespace/name`, descending, as ingress-nginx's store sorts them.
/// - The first Ingress with a rule for a host creates it; the first Ingress with a rule for the
///   host and a TLS section decides its certificate (see ``TLSMatching``).
/// - The same host, path and match type in a later Ingress is ignored (the oldest wins) and
///   reported.
/// - A `defaultBackend` serves the paths nobody else matches: on the hosts its Ingress
///   created, or on every unknown host when its Ingress has no rules.
struct IRBuilder {
    var provider: any Provider
    var options: TranslationOptions
    var services: ServiceIndex
    var findings = FindingList()
    var ir: TranslationIR
    /// First rule seen per server and match (one table for every server: a table per server
    /// would be an allocation per host), as the position of its group in `ir.groups` and its
    /// index there: rules are only appended while the IR is built, so both stay valid.
    var claimed: [ClaimKey: RulePosition] = [:]
    /// The default backend rule per server, from the Ingress that created it.
    var defaultBackends: [ServerKey: (rule: RouteRuleIR, namespace: String)] = [:]

    struct PathKey: Hashable {
        var type: HTTPRouteMatch.PathType
        var path: String
    }

    /// A match on a server (by its position in `ir.servers`).
    struct ClaimKey: Hashable {
        var server: Int
        var path: PathKey
    }

    /// Where a rule is in the IR being built.
    struct RulePosition {
        var group: Int32
        var rule: Int32
    }

    /// A server of the IR being built, with its position in `ir.servers`.
    struct ServerSlot {
        var key: ServerKey
        var position: Int
    }

    init(provider: any Provider, options: TranslationOptions, services: ServiceIndex, ingresses: [Ingress], classNames: [String]) {
        self.provider = provider
        self.options = options
        self.services = services
        let order = Self.controllerOrder(ingresses)
        ir = TranslationIR(ingresses: order.map { ingresses[$0] }, classNames: order.map { classNames[$0] })
    }

    /// Indices of `ingresses` in the order the controller processes them: oldest creation
    /// timestamp first, equal timestamps by `namespace/name` descending.
    static func controllerOrder(_ ingresses: [Ingress]) -> [Int] {
        // The keys are gathered once, side by side with the positions they order, and decide
        // nearly every comparison without reading the strings (``StringOrderKey``).
        let names = ingresses.map { $0.meta.namespace + "/" + $0.meta.name }
        let times = ingresses.map { $0.meta.creationTimestamp ?? "" }
        var entries = ingresses.indices.map { ControllerOrderEntry(time: StringOrderKey(times[$0]), name: StringOrderKey(names[$0]), index: $0) }
        entries.sort { left, right in
            let time = StringOrderKey.compare(left.time, right.time, times[left.index], times[right.index])
            if time != 0 { return time < 0 }
            let name = StringOrderKey.compare(left.name, right.name, names[left.index], names[right.index])
            if name != 0 { return name > 0 }
            return left.index < right.index
        }
        return entries.map(\.index)
    }

    /// An Ingress's sort keys for ``controllerOrder(_:)``.
    private struct ControllerOrderEntry {
        var time: StringOrderKey
        var name: StringOrderKey
        var index: Int
    }

    mutating func build() -> TranslationIR {
        // Sized once for every path: growing a table of tens of thousands of entries rehashes
        // all of them at each doubling.
        claimed.reserveCapacity(ir.ingresses.reduce(0) { total, ingress in total + ingress.rules.reduce(0) { $0 + $1.paths.count } })
        // A host per rule at most (and the catch-all host), and a group per host and namespace.
        let hosts = ir.ingresses.reduce(1) { $0 + $1.rules.count }
        ir.servers.reserveCapacity(hosts)
        ir.groups.reserveCapacity(hosts)
        for index in ir.ingresses.indices where !provider.isAlternativeBackend(ir.ingresses[index]) {
            add(ingressAt: index)
        }
        addDefaultBackends()
        // Hand the IR over rather than share it: a copy kept here would make the provider's
        // first change duplicate every server and group.
        let built = ir
        ir = TranslationIR(ingresses: [], classNames: [])
        claimed = [:]
        return built
    }

    func gatewayKey(for index: Int) -> GatewayKey {
        let className = ir.classNames[index]
        let namespace = ir.ingresses[index].meta.namespace
        return options.hasOwnGateway(namespace)
            ? GatewayKey(className: className, namespace: namespace)
            : GatewayKey(className: className)
    }

    private mutating func add(ingressAt index: Int) {
        let ingress = ir.ingresses[index]
        let gateway = gatewayKey(for: index)
        let source = SourceRef(object: ingress.ref, location: ingress.location)
        var createdHosts: [ServerKey] = []
        var tlsIndex: TLSIndex?
        for rule in ingress.rules {
            // Most hosts are written in lower case already: the parsed string is then shared
            // rather than copied (a cluster has tens of thousands of hosts).
            let host = rule.hostName.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) ? rule.hostName.lowercased() : rule.hostName
            if let problem = HostValidation.problem(with: host) {
                report(
                    .invalidHost, ingress, rule.host?.location ?? rule.location,
                    "host \"\(rule.hostName)\" \(problem); the rule's paths were not translated")
                continue
            }
            let key = ServerKey(gateway: gateway, host: host)
            // The server and the namespace's group are looked up once per rule, not per path.
            let server = ServerSlot(key: key, position: ir.servers.index(forKey: key) ?? ir.servers.count)
            if server.position == ir.servers.count {
                ir.servers[key] = ServerIR(key: key, creator: source, creatorIndex: index)
                createdHosts.append(key)
            }
            decideCertificate(of: server, from: ingress, source: source, index: &tlsIndex)
            var group: Int?
            for path in rule.paths { add(path, of: index, to: server, group: &group, siblings: rule.paths.count) }
        }
        if let backend = ingress.defaultBackend {
            let targets = ingress.rules.isEmpty ? [ServerKey(gateway: gateway, host: "")] : createdHosts
            if targets.isEmpty {
                report(
                    .defaultBackendShadowed, ingress, backend.location,
                    "defaultBackend receives no traffic: every host of \(ingress.ref) was created by an older Ingress, whose default applies")
            } else {
                addDefaultBackend(backend, of: index, to: targets)
            }
        }
    }

    /// The first Ingress with a rule for the host and a TLS section decides the certificate;
    /// the catch-all host always keeps the controller's default certificate.
    /// `index` is the Ingress's TLS index, built on first use and kept for its other hosts.
    private mutating func decideCertificate(of server: ServerSlot, from ingress: Ingress, source: SourceRef, index: inout TLSIndex?) {
        let key = server.key
        guard !key.host.isEmpty, !ingress.tls.isEmpty, !ir.servers.values[server.position].tlsDecided else { return }
        ir.servers.values[server.position].tlsDecided = true
        if index == nil { index = TLSIndex(ingress) }
        switch TLSMatching.choose(for: key.host, in: ingress, source: source, index: index) {
        case .certificate(let certificate, let assumption):
            ir.servers.values[server.position].certificate = certificate
            if let assumption {
                report(.certificateAssumed, ingress, certificate.location, assumption, hint: "list the host in the TLS entry's hosts")
            }
        case .defaultCertificate:
            ir.servers.values[server.position].usesDefaultCertificate = true
            report(
                .defaultCertificate, ingress, ingress.tls[0].location,
                "\(key.host) was served with the controller's default certificate (no TLS entry of \(ingress.ref) gives it a Secret); plain HTTP to it was redirected to HTTPS, but the Gateway has no certificate for an HTTPS listener",
                hint: "add a TLS entry with the certificate Secret for \(key.host)")
        }
    }
}
