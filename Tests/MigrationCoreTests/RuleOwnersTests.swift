import Testing

@testable import MigrationCore
import Providers

/// Updating the rules of a few Ingresses through a ``RuleOwners`` snapshot changes exactly the
/// rules a pass over every group changes, and a stale snapshot is never trusted.
@Suite struct RuleOwnersTests {
    /// Twelve Ingresses in three namespaces sharing four hosts, so groups hold rules of several
    /// Ingresses and Ingresses have rules in several groups.
    private func ir() throws -> TranslationIR {
        let yaml = (0..<12).map { index in
            """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: app-\(index), namespace: ns-\(index % 3)}
            spec:
              ingressClassName: nginx
              rules:
              - host: host-\(index % 4).example.com
                http:
                  paths:
                  - {path: /p\(index), pathType: Prefix, backend: {service: {name: s\(index), port: {number: 80}}}}
              - host: shared.example.com
                http:
                  paths:
                  - {path: /q\(index), pathType: Exact, backend: {service: {name: s\(index), port: {number: 80}}}}
            """
        }.joined(separator: "\n---\n")
        var findings = FindingList()
        let manifests = try ManifestParser().parse([SourceFile(path: "t.yaml", bytes: Array(yaml.utf8))], findings: &findings)
        let provider = ProviderRegistry.providers(named: [], settings: .init()).providers[0]
        var builder = IRBuilder(
            provider: provider, options: TranslationOptions(), services: ServiceIndex([]), ingresses: manifests.ingresses,
            classNames: manifests.ingresses.map { _ in "nginx" })
        return builder.build()
    }

    /// Every group's rules as (Ingress, gRPC flag), in key order.
    private func marks(_ ir: TranslationIR) -> [[String]] {
        ir.groups.keys.sorted().map { key in ir.groups[key]!.rules.map { "\($0.source.ingressIndex):\($0.isGRPC)" } }
    }

    @Test func visitsTheSameRulesAsAFullPass() throws {
        let base = try ir()
        #expect(base.groups.count > 6)
        for chosen in [Set<Int>(), [0], [1, 5, 9], Set(0..<12)] {
            var everyGroup = base
            var calls = 0
            everyGroup.updateRules(ofIngressesWhere: chosen.contains) { _, rule in rule.isGRPC = true; calls += 1 }
            var throughOwners = base
            var ownerCalls = 0
            throughOwners.updateRules(ofIngressesWhere: chosen.contains, owners: base.ruleOwners()) { _, rule in
                rule.isGRPC = true
                ownerCalls += 1
            }
            #expect(marks(throughOwners) == marks(everyGroup))
            #expect(ownerCalls == calls)
            #expect(calls == 2 * chosen.count)
        }
    }

    @Test func aStaleSnapshotFallsBackToEveryGroup() throws {
        var ir = try ir()
        let owners = ir.ruleOwners()
        // A refinement adds a group with a rule of Ingress 0 after the snapshot was taken.
        let server = ServerKey(gateway: GatewayKey(className: "nginx"), host: "added.example.com")
        var group = RouteGroupIR(key: RouteGroupKey(server: server, namespace: "ns-0"))
        group.rules = [ir.groups.values.first { $0.rules.contains { $0.source.ingressIndex == 0 } }!.rules.first { $0.source.ingressIndex == 0 }!]
        ir.groups[group.key] = group
        ir.updateRules(ofIngressesWhere: { $0 == 0 }, owners: owners) { _, rule in rule.isGRPC = true }
        #expect(ir.groups[group.key]!.rules[0].isGRPC)
        #expect(marks(ir).joined().filter { $0.hasPrefix("0:") }.allSatisfy { $0 == "0:true" })
    }
}
