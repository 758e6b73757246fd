/// GRPCRoutes, TLSRoutes, backend TLS policies and the ReferenceGrants that cross-namespace
/// backends need.
extension OutputBuilder {
    /// One GRPCRoute per namespace for the host's gRPC rules, on the host's HTTPS listeners
    /// (HTTP when the host has no certificate), with the host's HTTPS response headers (HSTS)
    /// when on HTTPS.
    mutating func emitGRPCRoutes(
        for server: ServerIR, groups: [RouteGroupIR], ir: TranslationIR, parents: [ParentRef], httpsHeaders: [HeaderValue] = []
    ) {
        for group in groups {
            let rules = group.rules.filter(\.isGRPC).compactMap { rule -> GRPCRouteRule? in
                guard let methods = GRPCMatching.methods(for: rule.match) else { return nil }
                var rule = rule
                for header in httpsHeaders { rule.setResponseHeader(header.name, header.value) }
                let filters = rule.filters.filter {
                    switch $0 {
                    case .requestHeaderModifier, .responseHeaderModifier: true
                    default: false
                    }
                }
                return GRPCRouteRule(methods: methods, headers: rule.match.headers, filters: filters, backendRefs: rule.backends)
            }
            guard !rules.isEmpty else { continue }
            // Split like HTTPRoutes (``RouteLimits``): by rules, then by hostnames.
            let namespace = group.key.namespace
            let name = routeName(server.key, namespace: namespace)
            let ruleSources = group.rules.filter(\.isGRPC).map { SourceRef(object: $0.source.object, location: ir.ingresses[$0.source.ingressIndex].location) }
            let sources = RouteSources(all: ruleSources.sortedUnique(), perRule: ruleSources.count == rules.count ? ruleSources : [])
            let localParents = localized(parents, to: namespace)
            let chunks = RouteLimits.chunks(rules.count, size: RouteLimits.maxRules)
            let hostGroups = RouteLimits.hostGroups(server.hostnames, parents: localParents, maxHostnames: RouteLimits.maxHostnames)
            if let first = sources.all.first {
                reportSplit(
                    "GRPCRoute", namespace, name, rules: rules.count, ruleChunks: chunks.count, hostnames: server.hostnames.count,
                    parents: localParents.count, hostGroups: hostGroups.count, at: first)
            }
            for (groupIndex, hosts) in hostGroups.enumerated() {
                for (index, chunk) in chunks.enumerated() {
                    var meta = OutputMeta(name: RouteLimits.partName(name, index: groupIndex * chunks.count + index), namespace: namespace)
                    meta.sources = chunks.count == 1 ? sources.all : sources.of(chunk)
                    objects.grpcRoutes.append(
                        GRPCRoute(meta: meta, parentRefs: hosts.parents, hostnames: hosts.hostnames, rules: Array(rules[chunk])))
                }
            }
        }
    }

    /// The TLSRoute of a passthrough host (several, when its names' listeners are more parents
    /// than one route may have).
    mutating func emitTLSRoute(for server: ServerIR, passthrough: (namespace: String, backends: [BackendRef], source: SourceRef), parents: [ParentRef]) {
        let name = routeName(server.key, namespace: passthrough.namespace)
        let localParents = localized(parents, to: passthrough.namespace)
        let hostGroups = RouteLimits.hostGroups(server.hostnames, parents: localParents, maxHostnames: RouteLimits.maxTLSHostnames)
        reportSplit(
            "TLSRoute", passthrough.namespace, name, rules: 1, ruleChunks: 1, hostnames: server.hostnames.count, parents: localParents.count,
            hostGroups: hostGroups.count, maxHostnames: RouteLimits.maxTLSHostnames, at: passthrough.source)
        for (index, hosts) in hostGroups.enumerated() {
            var meta = OutputMeta(name: RouteLimits.partName(name, index: index), namespace: passthrough.namespace)
            meta.sources = [passthrough.source]
            objects.tlsRoutes.append(
                TLSRoute(meta: meta, parentRefs: hosts.parents, hostnames: hosts.hostnames, backendRefs: passthrough.backends))
        }
    }

    /// Parent references as seen from a route in `namespace`.
    func localized(_ parents: [ParentRef], to namespace: String) -> [ParentRef] {
        parents.map { parent in
            var local = parent
            if local.namespace == namespace { local.namespace = nil }
            return local
        }
    }

    /// Copies the providers' backend TLS policies, once each.
    mutating func addBackendTLSPolicies(_ policies: [BackendTLSPolicy]) {
        var seen = Set<String>()
        for policy in policies where seen.insert(policy.meta.namespace + "/" + policy.meta.name).inserted {
            objects.backendTLSPolicies.append(policy)
        }
    }

    /// A ReferenceGrant for every Service a route names in another namespace (as a backend or
    /// a mirror), naming exactly that Service and the route kind and namespace.
    mutating func addBackendGrants() {
        var wanted: [String: (from: String, kind: String, to: String, service: String, sources: [SourceRef])] = [:]
        func want(_ kind: String, _ route: OutputMeta, _ backend: BackendRef) {
            guard let target = backend.namespace, target != route.namespace else { return }
            let key = "\(kind)|\(route.namespace)|\(target)|\(backend.name)"
            wanted[key, default: (route.namespace, kind, target, backend.name, [])].sources += route.sources
        }
        for route in objects.httpRoutes {
            for rule in route.rules {
                for backend in rule.backendRefs { want("HTTPRoute", route.meta, backend) }
                for filter in rule.filters { if case .requestMirror(let mirror) = filter { want("HTTPRoute", route.meta, mirror.backend) } }
            }
        }
        for route in objects.grpcRoutes { for rule in route.rules { for backend in rule.backendRefs { want("GRPCRoute", route.meta, backend) } } }
        for key in wanted.keys.sorted() {
            let entry = wanted[key]!
            var meta = OutputMeta(
                name: ObjectNaming.fit("allow-\(entry.from)-\(entry.kind.lowercased())s-to-\(entry.service)"), namespace: entry.to)
            meta.sources = entry.sources.sortedUnique()
            objects.referenceGrants.append(
                ReferenceGrant(
                    meta: meta, fromGroup: gatewayGroup, fromKind: entry.kind, fromNamespace: entry.from, toGroup: "", toKind: "Service",
                    toName: entry.service))
        }
    }
}
