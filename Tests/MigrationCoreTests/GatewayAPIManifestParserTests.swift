import Foundation
@testable import MigrationCore
import Testing

/// The Gateway API decoder reads back everything the emitter writes, and reports what it
/// cannot model with a location.
@Suite struct GatewayAPIManifestParserTests {
    static func decode(_ yaml: String) throws -> (GatewayAPIManifests, [Finding]) {
        var findings = FindingList()
        let manifests = try GatewayAPIManifestParser().parse([SourceFile(path: "gw.yaml", bytes: Array(yaml.utf8))], findings: &findings)
        return (manifests, findings.sorted)
    }

    /// Core fixtures translated with the default options: their expected manifests.
    static var defaultCases: [String] {
        let root = TestSupport.fixtures.appendingPathComponent("core")
        return ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted().filter { name in
            let folder = root.appendingPathComponent(name)
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent("input.yaml").path)
                && FileManager.default.fileExists(atPath: folder.appendingPathComponent("expected.yaml").path)
                && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("args.txt").path)
        }
    }

    @Test(arguments: defaultCases)
    func readsBackTheTranslation(_ name: String) throws {
        let input = try TestSupport.fixtureInput("core/\(name)/input.yaml")
        var findings = FindingList()
        let translator = TestSupport.pipeline().translator
        let parsed = try ManifestParser().parse([SourceFile(path: "input.yaml", bytes: Array(input.utf8))], findings: &findings)
        let objects = translator.translate(parsed, findings: &findings).objects
        let (decoded, problems) = try Self.decode(try TestSupport.fixtureInput("core/\(name)/expected.yaml"))
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        let order = { (a: OutputMeta, b: OutputMeta) in (a.namespace, a.name) < (b.namespace, b.name) }
        let routes = objects.httpRoutes.sorted { order($0.meta, $1.meta) }
        let read = decoded.httpRoutes.sorted { order($0.meta, $1.meta) }
        #expect(routes.map(\.meta.name) == read.map(\.meta.name))
        for (generated, back) in zip(routes, read) {
            #expect(generated.parentRefs == back.parentRefs, "\(generated.meta.name)")
            #expect(generated.hostnames == back.hostnames, "\(generated.meta.name)")
            #expect(generated.rules == back.rules, "\(generated.meta.name)")
        }
        let gateways = objects.gateways.sorted { order($0.meta, $1.meta) }
        let readGateways = decoded.gateways.sorted { order($0.meta, $1.meta) }
        // `admittedNamespaces` records where `allowedRoutes` came from and is never written out.
        let emitted = { (listeners: [Listener]) in listeners.map { listener -> Listener in
            var copy = listener
            copy.admittedNamespaces = []
            return copy
        } }
        #expect(gateways.map { emitted($0.listeners) } == readGateways.map(\.listeners))
        #expect(gateways.map(\.allowedListeners) == readGateways.map(\.allowedListeners))
        #expect(objects.listenerSets.map { emitted($0.listeners) } == decoded.listenerSets.sorted { order($0.meta, $1.meta) }.map(\.listeners))
        let grants = { (list: [ReferenceGrant]) in list.map { "\($0.meta.namespace)/\($0.fromKind)/\($0.fromNamespace)/\($0.toKind)/\($0.toName)" }.sorted() }
        #expect(grants(objects.referenceGrants) == grants(decoded.referenceGrants))
    }

    @Test func referenceGrantPairsAndOpenNames() throws {
        let (manifests, problems) = try Self.decode(
            """
            apiVersion: gateway.networking.k8s.io/v1beta1
            kind: ReferenceGrant
            metadata: {name: g, namespace: backends}
            spec:
              from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: a}, {group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: b}]
              to: [{group: "", kind: Service}]
            """)
        #expect(problems.isEmpty)
        #expect(manifests.referenceGrants.map(\.fromNamespace) == ["a", "b"])
        #expect(manifests.referenceGrants.allSatisfy { $0.toName.isEmpty && $0.toKind == "Service" })
    }

    @Test func selectorsAndDefaults() throws {
        let (manifests, _) = try Self.decode(
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: gw, namespace: infra}
            spec:
              gatewayClassName: c
              listeners:
              - name: a
                port: 80
                protocol: HTTP
                allowedRoutes: {namespaces: {from: Selector, selector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: [x, y]}]}}}
              - name: b
                port: 8080
                protocol: HTTP
                allowedRoutes: {namespaces: {from: Selector, selector: {matchLabels: {team: blue}}}}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: r, namespace: x}
            spec:
              parentRefs: [{name: gw, namespace: infra}]
              rules: [{matches: [{headers: [{name: a, value: b}]}]}]
            """)
        #expect(manifests.gateways[0].listeners.map(\.allowedNamespaces) == [.names(["x", "y"]), .selector(LabelSelector(matchLabels: ["team": "blue"]))])
        #expect(manifests.httpRoutes[0].rules[0].matches[0].pathType == .pathPrefix)
        #expect(manifests.httpRoutes[0].rules[0].matches[0].path == "/", "a match without a path gets the API default")
    }

    @Test func unmodelledFilterSkipsTheRouteWithItsLocation() throws {
        let (manifests, problems) = try Self.decode(
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: r, namespace: x}
            spec:
              rules:
              - filters:
                - {type: ExtensionRef, extensionRef: {group: example.com, kind: Auth, name: a}}
            """)
        #expect(manifests.httpRoutes.isEmpty)
        #expect(problems.count == 1)
        #expect(problems.first?.code == .invalidObject)
        #expect(problems.first?.location == SourceLocation(file: "gw.yaml", line: 7, column: 7))
    }
}
