extension IRBuilder {
    /// The position in `ir.groups` of the namespace's group for the server, creating the group
    /// with room for `expectedCount` rules.
    mutating func groupPosition(for server: ServerSlot, namespace: String, expectedCount: Int = 1) -> Int {
        let key = RouteGroupKey(server: server.key, namespace: namespace)
        if let position = ir.groups.index(forKey: key) { return position }
        var group = RouteGroupIR(key: key)
        group.rules.reserveCapacity(expectedCount)
        ir.groups[key] = group
        ir.servers.values[server.position].namespaces.append(namespace)
        return ir.groups.count - 1
    }

    /// Records a default backend for the servers its Ingress created (or the catch-all server
    /// for an Ingress without rules). The first Ingress to do so wins.
    mutating func addDefaultBackend(_ backend: IngressBackend, of index: Int, to servers: [ServerKey]) {
        let ingress = ir.ingresses[index]
        guard let backends = resolve(backend, of: ingress) else { return }
        let source = RuleSource(ingressIndex: index, object: ingress.ref, location: backend.location, ingressPathType: "defaultBackend")
        for server in servers {
            if ir.servers[server] == nil {
                ir.servers[server] = ServerIR(
                    key: server, creator: SourceRef(object: ingress.ref, location: ingress.location), creatorIndex: index)
            }
            if let existing = defaultBackends[server] {
                report(
                    .defaultBackendShadowed, ingress, backend.location,
                    "defaultBackend receives no traffic: the older \(existing.rule.source.object) already provides the catch-all backend")
                continue
            }
            let rule = RouteRuleIR(match: HTTPRouteMatch(pathType: .pathPrefix, path: "/"), backends: backends, source: source)
            defaultBackends[server] = (rule, ingress.meta.namespace)
        }
    }

    /// Adds each server's default backend as a `PathPrefix /` rule, unless a `/` path replaces
    /// the root location (then the default backend receives no traffic there).
    mutating func addDefaultBackends() {
        for server in defaultBackends.keys.sorted() {
            guard let entry = defaultBackends[server] else { continue }
            let position = ir.servers.index(forKey: server)!
            if claimed[ClaimKey(server: position, path: PathKey(type: .pathPrefix, path: "/"))] != nil {
                let ingress = ir.ingresses[entry.rule.source.ingressIndex]
                let hostText = server.host.isEmpty ? "the catch-all host" : server.host
                report(
                    .defaultBackendShadowed, ingress, entry.rule.source.location,
                    "defaultBackend receives no traffic on \(hostText): a path \"/\" serves every request there")
                continue
            }
            let group = groupPosition(for: ServerSlot(key: server, position: position), namespace: entry.namespace)
            ir.groups.values[group].rules.append(entry.rule)
        }
    }
}
