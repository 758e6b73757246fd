/// Questions about a server's rules that read them in place instead of copying them, and the
/// short list of hosts a refinement concerns: with tens of thousands of hosts, a refinement
/// that only a few Ingresses ask for must not visit (or sort) every host.
///
/// They are inlined into the refinements that call them, so a predicate that reads one field
/// of a rule reads it where the rule is stored: called through an opaque closure, every rule
/// would be copied (a dozen reference counts) just to be looked at.
extension TranslationIR {
    /// Whether any rule of any group of a server satisfies `predicate`.
    @inlinable
    public func containsRule(of server: ServerKey, where predicate: (RouteRuleIR) -> Bool) -> Bool {
        guard let namespaces = servers[server]?.namespaces else { return false }
        for namespace in namespaces {
            guard let group = groups[RouteGroupKey(server: server, namespace: namespace)] else { continue }
            if Self.anyRule(of: group, predicate) { return true }
        }
        return false
    }

    /// Calls `body` with every rule of every group of a server, in the order ``rules(of:)``
    /// lists them.
    @inlinable
    public func forEachRule(of server: ServerKey, _ body: (RouteRuleIR) -> Void) {
        guard let namespaces = servers[server]?.namespaces else { return }
        for namespace in namespaces {
            groups[RouteGroupKey(server: server, namespace: namespace)]?.rules.withUnsafeBufferPointer { rules in
                for index in rules.indices { body(rules[index]) }
            }
        }
    }

    /// The keys of the servers with a rule (among those ``rules(of:)`` lists) that satisfies
    /// `predicate`, sorted: the hosts a refinement has to look at, in host order.
    @inlinable
    public func serverKeys(withRuleWhere predicate: (RouteRuleIR) -> Bool) -> [ServerKey] {
        var keys = Set<ServerKey>()
        for position in groups.indices {
            guard Self.anyRule(of: groups.values[position], predicate) else { continue }
            let key = groups.keys[position]
            if !keys.contains(key.server), servers[key.server]?.namespaces.contains(key.namespace) == true { keys.insert(key.server) }
        }
        return keys.sorted()
    }

    /// The keys of the route groups with a rule that satisfies `predicate`, sorted.
    @inlinable
    public func groupKeys(withRuleWhere predicate: (RouteRuleIR) -> Bool) -> [RouteGroupKey] {
        var keys: [RouteGroupKey] = []
        for position in groups.indices {
            if Self.anyRule(of: groups.values[position], predicate) { keys.append(groups.keys[position]) }
        }
        return keys.sorted()
    }

    /// Whether a rule of the group satisfies `predicate`; rules are lent to it, not copied.
    @inlinable
    static func anyRule(of group: RouteGroupIR, _ predicate: (RouteRuleIR) -> Bool) -> Bool {
        group.rules.withUnsafeBufferPointer { rules in rules.indices.contains { predicate(rules[$0]) } }
    }
}
