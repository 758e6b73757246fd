/// Questions about a server's rules that read them in place instead of copying them, and the
/// short list of hosts a refinement concerns: with tens of thousands of hosts, a refinement
/// that only a few Ingresses ask for must not visit (or sort) every host.
extension TranslationIR {
    /// Whether any rule of any group of a server satisfies `predicate`.
    public func containsRule(of server: ServerKey, where predicate: (RouteRuleIR) -> Bool) -> Bool {
        guard let namespaces = servers[server]?.namespaces else { return false }
        for namespace in namespaces {
            guard let position = groups.index(forKey: RouteGroupKey(server: server, namespace: namespace)) else { continue }
            if groups.values[position].rules.contains(where: predicate) { return true }
        }
        return false
    }

    /// Calls `body` with every rule of every group of a server, in the order ``rules(of:)``
    /// lists them.
    public func forEachRule(of server: ServerKey, _ body: (RouteRuleIR) -> Void) {
        guard let namespaces = servers[server]?.namespaces else { return }
        for namespace in namespaces {
            guard let position = groups.index(forKey: RouteGroupKey(server: server, namespace: namespace)) else { continue }
            for index in groups.values[position].rules.indices { body(groups.values[position].rules[index]) }
        }
    }

    /// The keys of the servers with a rule (among those ``rules(of:)`` lists) that satisfies
    /// `predicate`, sorted: the hosts a refinement has to look at, in host order.
    public func serverKeys(withRuleWhere predicate: (RouteRuleIR) -> Bool) -> [ServerKey] {
        var keys = Set<ServerKey>()
        for position in groups.indices {
            let key = groups.keys[position]
            guard !keys.contains(key.server), groups.values[position].rules.contains(where: predicate),
                servers[key.server]?.namespaces.contains(key.namespace) == true
            else { continue }
            keys.insert(key.server)
        }
        return keys.sorted()
    }
}
