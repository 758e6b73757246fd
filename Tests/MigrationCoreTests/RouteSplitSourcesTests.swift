import Testing
@testable import MigrationCore

/// The parts of a route split past 16 rules each name the Ingresses of their own rules, so a
/// host with thousands of paths does not repeat every source on every part.
@Suite struct RouteSplitSourcesTests {
    @Test func eachPartNamesTheIngressesOfItsRules() throws {
        // Three Ingresses with ten paths each on one host: 30 rules, two parts.
        let yaml = (0..<3).map { index in
            """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: app\(index), namespace: team, creationTimestamp: "2024-01-0\(index + 1)T00:00:00Z"}
            spec:
              ingressClassName: nginx
              rules:
                - host: shop.example.com
                  http:
                    paths:
            \((0..<10).map { "            - {path: /app\(index)/p\($0), pathType: Prefix, backend: {service: {name: app\(index), port: {number: 80}}}}" }.joined(separator: "\n"))
            """
        }.joined(separator: "\n---\n")
        let translated = try TestSupport.pipeline().runKeepingObjects([SourceFile(path: "in.yaml", bytes: Array(yaml.utf8))])
        let parts = translated.objects.httpRoutes.filter { $0.hostnames == ["shop.example.com"] }
        #expect(parts.count == 2)
        #expect(translated.run.findings.contains { $0.code == .routeSplit })
        var named = Set<String>()
        for part in parts {
            // The Ingresses whose backends the part's rules use, and no other.
            let owners = Set(part.rules.flatMap(\.backendRefs).map(\.name))
            #expect(Set(part.meta.sources.map(\.object.name)) == owners, "\(part.meta.name)")
            #expect(part.meta.sources == part.meta.sources.sorted())
            named.formUnion(owners)
        }
        #expect(named == ["app0", "app1", "app2"])
        #expect(parts.contains { $0.meta.sources.count < 3 })
    }
}
