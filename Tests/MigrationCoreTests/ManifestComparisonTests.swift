import Testing
import YAMLKit
@testable import MigrationCore

/// What counts as a difference: key order, quoting, server-written fields, schema defaults,
/// the generator's version and the order of set and map lists do not; the order of atomic
/// lists (rules, hostnames) and every value do.
@Suite struct ManifestComparisonTests {
    static let route = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: web
          namespace: shop
          annotations:
            gateway.networking.k8s.io/generator: i2gw-0.1.0
        spec:
          parentRefs:
          - name: nginx
            namespace: gateway-system
          hostnames:
          - a.example.com
          - b.example.com
          rules:
          - matches:
            - path:
                type: PathPrefix
                value: /api
            filters:
            - type: RequestHeaderModifier
              requestHeaderModifier:
                set:
                - name: X-A
                  value: "1"
                - name: X-B
                  value: "2"
                remove: [X-C, X-D]
            backendRefs:
            - name: api
              port: 8080
          - backendRefs:
            - name: web
              port: 80
        """

    static func objects(_ yaml: String, file: String = "x.yaml") throws -> [ManifestObject] {
        var findings = FindingList()
        return try ManifestObjectReader().read([SourceFile(path: file, bytes: Array(yaml.utf8))], findings: &findings)
    }

    static func compare(_ generated: String, _ existing: String, scope: ComparisonScope = ComparisonScope()) throws -> ManifestComparison {
        ManifestComparison(
            generated: try objects(generated, file: "new.yaml"), existing: try objects(existing, file: "old.yaml"),
            normalizer: ManifestNormalizer(generator: "i2gw-0.1.0"), scope: scope)
    }

    @Test func serverFieldsDefaultsOrderAndQuotingDoNotCount() throws {
        let live = """
            apiVersion: v1
            kind: List
            items:
            - kind: HTTPRoute
              apiVersion: gateway.networking.k8s.io/v1beta1
              metadata:
                annotations:
                  gateway.networking.k8s.io/generator: "i2gw-0.0.9"
                  kubectl.kubernetes.io/last-applied-configuration: '{"kind":"HTTPRoute"}'
                creationTimestamp: "2024-05-01T10:00:00Z"
                generation: 3
                managedFields: [{manager: kubectl, operation: Apply}]
                namespace: shop
                name: "web"
                resourceVersion: "4711"
                uid: 0b6c7e9a-1111-2222-3333-444455556666
              spec:
                rules:
                - filters:
                  - requestHeaderModifier:
                      remove: [X-D, X-C]
                      set:
                      - {value: "2", name: X-B}
                      - {name: X-A, value: "1"}
                    type: RequestHeaderModifier
                  matches:
                  - path: {value: /api, type: "PathPrefix"}
                  backendRefs:
                  - {group: "", kind: Service, name: api, port: 8080, weight: 1}
                - backendRefs: [{name: web, port: 80, weight: 1}]
                  matches:
                  - path: {type: PathPrefix, value: /}
                hostnames: [a.example.com, b.example.com]
                parentRefs:
                - {group: gateway.networking.k8s.io, kind: Gateway, name: nginx, namespace: gateway-system}
              status:
                parents: []
            """
        let comparison = try Self.compare(Self.route, live)
        let text = try ManifestDiffText().unified(comparison)
        #expect(comparison.entries.map(\.change) == [.identical], "\(text)")
    }

    @Test(arguments: [
        ("- a.example.com\n  - b.example.com", "- b.example.com\n  - a.example.com"),
        ("value: /api", "value: /apis"),
        ("port: 8080", "port: \"8080\""),
    ])
    func orderedListsAndValuesCount(_ edit: (String, String)) throws {
        let edited = Self.route.replacingOccurrences(of: edit.0, with: edit.1)
        try #require(edited != Self.route)
        #expect(try Self.compare(Self.route, edited).entries.map(\.change) == [.changed])
    }

    @Test func ruleOrderCounts() throws {
        let rules = ["  - matches:\n    - path: {type: Exact, value: /a}", "  - matches:\n    - path: {type: Exact, value: /b}"]
        let head = "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r}\nspec:\n  rules:\n"
        let comparison = try Self.compare(head + rules.joined(separator: "\n"), head + rules.reversed().joined(separator: "\n"))
        #expect(comparison.entries.map(\.change) == [.changed])
    }

    @Test func mapListsAreAlignedSoOnlyTheRealChangeShows() throws {
        let gateway = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: nginx, namespace: gateway-system}
            spec:
              gatewayClassName: nginx
              listeners:
              - {name: a-http, hostname: a.example.com, port: 80, protocol: HTTP}
              - {name: b-http, hostname: b.example.com, port: 80, protocol: HTTP}
              - name: b-https
                hostname: b.example.com
                port: 443
                protocol: HTTPS
                tls:
                  certificateRefs: [{name: b-cert}]
            """
        let existing = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: nginx, namespace: gateway-system}
            spec:
              gatewayClassName: nginx
              listeners:
              - name: b-https
                hostname: b.example.com
                port: 443
                protocol: HTTPS
                allowedRoutes: {namespaces: {from: Same}}
                tls:
                  mode: Terminate
                  certificateRefs: [{name: b-cert, kind: Secret, group: ""}]
              - {name: b-http, hostname: b.example.com, port: 80, protocol: HTTP}
              - {name: a-http, hostname: a.example.org, port: 80, protocol: HTTP}
            """
        let comparison = try Self.compare(gateway, existing)
        #expect(comparison.entries.map(\.change) == [.changed])
        let text = try ManifestDiffText().unified(comparison)
        let changed = text.split(separator: "\n").filter { ($0.hasPrefix("-") || $0.hasPrefix("+")) && !$0.hasPrefix("---") && !$0.hasPrefix("+++") }
        #expect(changed == ["-    hostname: a.example.org", "+    hostname: a.example.com"], "\(text)")
    }

    @Test func namespacesAndScopes() throws {
        let generated = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: GatewayClass
            metadata: {name: nginx}
            spec: {controllerName: example.com/gateway}
            ---
            apiVersion: v1
            kind: Namespace
            metadata: {name: gateway-system, labels: {team: infra}}
            ---
            apiVersion: gateway.networking.k8s.io/v1beta1
            kind: ReferenceGrant
            metadata: {name: grant, namespace: default}
            spec:
              from: [{group: gateway.networking.k8s.io, kind: Gateway, namespace: gateway-system}]
              to: [{group: "", kind: Secret, name: cert}]
            """
        let existing = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: GatewayClass
            metadata: {name: nginx, namespace: ignored}
            spec: {controllerName: example.com/gateway}
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: gateway-system
              labels: {kubernetes.io/metadata.name: gateway-system, team: infra}
            spec: {finalizers: [kubernetes]}
            status: {phase: Active}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: ReferenceGrant
            metadata: {name: grant}
            spec:
              from: [{group: gateway.networking.k8s.io, kind: Gateway, namespace: gateway-system}]
              to: [{group: "", kind: Secret, name: cert}]
            """
        let comparison = try Self.compare(generated, existing)
        let text = try ManifestDiffText().unified(comparison)
        #expect(comparison.entries.map(\.change) == [.identical, .identical, .identical], "\(text)")
        #expect(comparison.entries.map(\.identity.description) == [
            "Namespace gateway-system", "GatewayClass.gateway.networking.k8s.io nginx", "ReferenceGrant.gateway.networking.k8s.io default/grant",
        ])
    }

    @Test func addedRemovedAndLeftOut() throws {
        let other = Self.route.replacingOccurrences(of: "name: web\n  namespace: shop", with: "name: old\n  namespace: shop")
        let handWritten = other.replacingOccurrences(of: "name: old", with: "name: hand").replacingOccurrences(of: "i2gw-0.1.0", with: "someone")
        let elsewhere = other.replacingOccurrences(of: "namespace: shop", with: "namespace: other")
        let existing = [other, handWritten, elsewhere].joined(separator: "\n---\n")
        let everything = try Self.compare(Self.route, existing)
        #expect(everything.entries.map(\.change) == [.removed, .removed, .removed, .added])
        let cluster = try Self.compare(Self.route, existing, scope: ComparisonScope(namespace: "shop", onlyGeneratedByI2GW: true))
        #expect(cluster.entries.map { "\($0.change) \($0.identity.name)" } == ["removed old", "added web"])
        #expect(cluster.leftOut.map(\.description) == [
            "HTTPRoute.gateway.networking.k8s.io other/old", "HTTPRoute.gateway.networking.k8s.io shop/hand",
        ])
        let notRead = try Self.compare(Self.route, "", scope: ComparisonScope(kindsRead: ["gateway.networking.k8s.io/Gateway"]))
        #expect(notRead.entries.isEmpty && notRead.notRead.count == 1)
    }

    @Test func addedAndRemovedObjectsAreShownWhole() throws {
        let comparison = try Self.compare(Self.route, "")
        let text = try ManifestDiffText().unified(comparison)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "--- /dev/null")
        #expect(lines[1] == "+++ HTTPRoute.gateway.networking.k8s.io shop/web\tnew.yaml:1:1")
        #expect(lines[2] == "@@ -0,0 +1,36 @@")
        #expect(lines[3] == "+apiVersion: gateway.networking.k8s.io/v1")
        #expect(try ManifestDiffText().stat(comparison) == "added    HTTPRoute.gateway.networking.k8s.io shop/web  +36\n1 object differs: 0 changed, 1 added, 0 removed; 0 identical\n")
    }

    /// A live object full of defaults that differs in one value shows that value only; the
    /// generated side reads as generated, and a removed object as it is.
    @Test func onlyRealDifferencesBecomeLines() throws {
        let live = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: web, namespace: shop, uid: x, annotations: {gateway.networking.k8s.io/generator: i2gw-0.0.1}}
            spec:
              hostnames: [a.example.com, b.example.com]
              parentRefs: [{group: gateway.networking.k8s.io, kind: Gateway, name: nginx, namespace: gateway-system}]
              rules:
              - matches: [{path: {type: PathPrefix, value: /api}}]
                filters:
                - type: RequestHeaderModifier
                  requestHeaderModifier: {set: [{name: X-B, value: "2"}, {name: X-A, value: "1"}], remove: [X-D, X-C]}
                backendRefs:
                - {group: "", kind: Service, name: api, port: 8081, weight: 1}
                - {group: "", kind: Service, name: old, port: 80, weight: 1}
              - matches: [{path: {type: PathPrefix, value: /}}]
                backendRefs: [{group: "", kind: Service, name: web, port: 80, weight: 1}]
            """
        let comparison = try Self.compare(Self.route, live)
        let text = try ManifestDiffText().unified(comparison)
        let changed = text.split(separator: "\n").filter { ($0.hasPrefix("-") || $0.hasPrefix("+")) && !$0.hasPrefix("---") && !$0.hasPrefix("+++") }
        #expect(changed == ["-      port: 8081", "-    - name: old", "-      port: 80", "+      port: 8080"], "\(text)")
        let removed = try ManifestDiffText().unified(try Self.compare("", live))
        #expect(removed.contains("-      weight: 1") && !removed.contains("uid:") && removed.contains("-      port: 8081"), "\(removed)")
    }

    /// Objects of other kinds kept in the same folder are never called removed unless this
    /// tool generated them, and a Secret's data never reaches the diff.
    @Test func otherKindsAreLeftOutUnlessGenerated() throws {
        let existing = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: tls, namespace: shop}
            data: {tls.key: c2VjcmV0}
            ---
            apiVersion: v1
            kind: Namespace
            metadata: {name: shop}
            ---
            apiVersion: v1
            kind: Namespace
            metadata: {name: old-gateways, annotations: {gateway.networking.k8s.io/generator: i2gw-0.0.9}}
            """
        let comparison = try Self.compare(Self.route, existing)
        #expect(comparison.entries.map { "\($0.change) \($0.identity)" } == ["removed Namespace old-gateways", "added HTTPRoute.gateway.networking.k8s.io shop/web"])
        #expect(comparison.leftOut.map(\.kind) == ["Namespace", "Deployment", "Secret"])
        let secret = try Self.objects(existing).first { $0.identity.kind == "Secret" }
        #expect(secret?.value["data"] == nil)
    }
}
