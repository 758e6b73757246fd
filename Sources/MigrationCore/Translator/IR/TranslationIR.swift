/// The provider-neutral picture of what the ingress controller served, built by the core and
/// refined by the provider before routes are generated.
public struct TranslationIR: Sendable {
    /// The provider's Ingresses, oldest first (the order the controller processes them in).
    public var ingresses: [Ingress]
    /// The ingress class each Ingress was assigned to, by index.
    public var classNames: [String]
    /// Servers by key.
    public var servers = OrderedTable<ServerKey, ServerIR>()
    /// Route groups by key.
    public var groups = OrderedTable<RouteGroupKey, RouteGroupIR>()
    /// Backend TLS policies the provider asks for.
    public var backendTLSPolicies: [BackendTLSPolicy] = []
    /// TCP and UDP ports forwarded to Services.
    public var streamRoutes: [StreamRouteIR] = []
    /// What the provider did with each of its annotations, recorded during `refine` with
    /// ``recordAnnotation(_:of:provider:status:)``; the report's annotation statistics.
    public var annotationOutcomes: [AnnotationOutcome] = []

    /// Creates an IR for these Ingresses.
    public init(ingresses: [Ingress], classNames: [String]) {
        self.ingresses = ingresses
        self.classNames = classNames
    }

    /// Whether any group of a server has a rule.
    public func hasRules(_ server: ServerKey) -> Bool {
        guard let namespaces = servers[server]?.namespaces else { return false }
        return namespaces.contains { !(groups[RouteGroupKey(server: server, namespace: $0)]?.rules.isEmpty ?? true) }
    }

    /// Every rule of every group of a server.
    public func rules(of server: ServerKey) -> [RouteRuleIR] {
        guard let namespaces = servers[server]?.namespaces else { return [] }
        return namespaces.flatMap { groups[RouteGroupKey(server: server, namespace: $0)]?.rules ?? [] }
    }

    /// Lets `body` change every rule of every group in place, visiting groups in no particular
    /// order: for refinements where what happens to one rule does not depend on the others.
    /// Findings raised inside are ordered later, so the visiting order never shows in output.
    public mutating func updateRules(_ body: (RouteGroupKey, inout RouteRuleIR) throws -> Void) rethrows {
        try updateRules(ofIngressesWhere: { _ in true }, body)
    }

    /// Like ``updateRules(_:)``, for the rules of the Ingresses (by index) `isChosen` picks: the
    /// other rules are only read, never copied or written back, which matters when a
    /// refinement concerns a few Ingresses out of thousands.
    ///
    /// Inlined into the refinements that call it, so the choice reads each rule's Ingress
    /// where the rule is stored; groups without a chosen rule are only read, never opened
    /// for writing.
    @inlinable
    public mutating func updateRules(
        ofIngressesWhere isChosen: (Int) -> Bool, _ body: (RouteGroupKey, inout RouteRuleIR) throws -> Void
    ) rethrows {
        var position = groups.startIndex
        while position != groups.endIndex {
            defer { position = groups.index(after: position) }
            guard Self.hasRule(in: &groups.values[position], ofIngressWhere: isChosen) else { continue }
            let key = groups.keys[position]
            try Self.update(&groups.values[position], key: key, where: isChosen, body)
        }
    }

    /// Whether a rule of the group belongs to a chosen Ingress. The group is reached in place
    /// (a read through the dictionary's getter would copy it, key strings and all) and only
    /// each rule's Ingress index is read, so nothing is copied or reference-counted even where
    /// this is not inlined.
    @inlinable
    static func hasRule(in group: inout RouteGroupIR, ofIngressWhere isChosen: (Int) -> Bool) -> Bool {
        group.rules.withUnsafeBufferPointer { rules in
            for index in rules.indices where isChosen(rules[index].source.ingressIndex) { return true }
            return false
        }
    }

    /// Lets `body` change the chosen rules of one group.
    @inlinable
    static func update(
        _ group: inout RouteGroupIR, key: RouteGroupKey, where isChosen: (Int) -> Bool,
        _ body: (RouteGroupKey, inout RouteRuleIR) throws -> Void
    ) rethrows {
        for index in group.rules.indices where isChosen(group.rules[index].source.ingressIndex) {
            try body(key, &group.rules[index])
        }
    }
}
