/// Where each Ingress's rules are: the keys of the route groups that hold them, by Ingress
/// index. A refinement that changes the rules of a few Ingresses then visits only their groups
/// instead of every group of the IR; on a large cluster every group visited is a cache miss,
/// and a full pass over the groups costs far more at 100,000 Ingresses than ten times its cost
/// at 10,000.
///
/// It is a snapshot: it stays true while rules only change in place. A refinement that adds
/// groups, or moves rules from one group to another, makes it stale; ``TranslationIR`` then
/// notices the changed group count and visits every group instead (see
/// ``TranslationIR/updateRules(ofIngressesWhere:owners:_:)``).
public struct RuleOwners: Sendable {
    /// The group keys of Ingress `i` are `keys[starts[i]..<starts[i + 1]]`.
    private var starts: [Int]
    private var keys: [RouteGroupKey]
    /// The number of groups when the snapshot was taken.
    let groupCount: Int

    /// Takes the snapshot of `ir`.
    init(_ ir: TranslationIR) {
        groupCount = ir.groups.count
        // Each group is listed once for each Ingress with a rule in it: first counted, then
        // placed, so the lists are one array.
        var pairs: [(ingress: Int, position: Int)] = []
        pairs.reserveCapacity(ir.groups.count)
        for position in ir.groups.indices {
            var seen: [Int] = []
            ir.groups.values[position].rules.withUnsafeBufferPointer { rules in
                for index in rules.indices where !seen.contains(rules[index].source.ingressIndex) {
                    seen.append(rules[index].source.ingressIndex)
                }
            }
            for ingress in seen where ir.ingresses.indices.contains(ingress) { pairs.append((ingress, position)) }
        }
        var starts = [Int](repeating: 0, count: ir.ingresses.count + 1)
        for pair in pairs { starts[pair.ingress + 1] += 1 }
        for index in starts.indices.dropFirst() { starts[index] += starts[index - 1] }
        var next = starts
        var slots = [Int?](repeating: nil, count: pairs.count)
        for pair in pairs {
            slots[next[pair.ingress]] = pair.position
            next[pair.ingress] += 1
        }
        self.starts = starts
        self.keys = slots.map { ir.groups.keys[$0!] }
    }

    /// The keys of the groups holding rules of the Ingress at `index`.
    func groupKeys(ofIngressAt index: Int) -> ArraySlice<RouteGroupKey> {
        guard index + 1 < starts.count else { return [] }
        return keys[starts[index]..<starts[index + 1]]
    }
}

extension TranslationIR {
    /// Where each Ingress's rules are now (see ``RuleOwners``).
    public func ruleOwners() -> RuleOwners { RuleOwners(self) }

    /// Like ``updateRules(ofIngressesWhere:_:)``, visiting only the groups `owners` lists for
    /// the chosen Ingresses, each once; every group when `owners` is stale.
    public mutating func updateRules(
        ofIngressesWhere isChosen: (Int) -> Bool, owners: RuleOwners, _ body: (RouteGroupKey, inout RouteRuleIR) throws -> Void
    ) rethrows {
        guard owners.groupCount == groups.count else {
            try updateRules(ofIngressesWhere: isChosen, body)
            return
        }
        // Groups already visited, by position (the body changes rules, never the table).
        var visited = [Bool](repeating: false, count: groups.count)
        for ingress in ingresses.indices where isChosen(ingress) {
            for key in owners.groupKeys(ofIngressAt: ingress) {
                guard let position = groups.index(forKey: key), !visited[position] else { continue }
                visited[position] = true
                try Self.update(&groups.values[position], key: key, where: isChosen, body)
            }
        }
    }
}
