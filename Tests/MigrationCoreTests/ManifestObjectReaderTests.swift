import Testing
import YAMLKit
@testable import MigrationCore

/// Manifests of any layout are read generically: List items expanded, non-objects and
/// kustomize files passed over, unnamed objects and duplicates reported.
@Suite struct ManifestObjectReaderTests {
    @Test func theReaderSkipsNonObjectsAndReportsDuplicatesAndUnnamedObjects() throws {
        let yaml = """
            schemaVersion: 1
            ---
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources: [a.yaml]
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {namespace: x}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: c}
            data: {a: "1"}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: c, namespace: default}
            data: {a: "2"}
            """
        var findings = FindingList()
        let objects = try ManifestObjectReader().read([SourceFile(path: "m.yaml", bytes: Array(yaml.utf8))], findings: &findings)
        #expect(objects.map(\.identity.description) == ["ConfigMap default/c"])
        #expect(objects.first?.origins == ["m.yaml:11:1", "m.yaml:16:1"])
        #expect(objects.first?.value["data"]?["a"] == .string("2"))
        #expect(findings.sorted.map { "\($0.location!.line) \($0.code.id)" } == ["7 I2GW-DIFF-UNNAMED-OBJECT", "16 I2GW-DIFF-DUPLICATE-OBJECT"])
        #expect(throws: InputError.self) {
            var ignored = FindingList()
            _ = try ManifestObjectReader().read([SourceFile(path: "bad.yaml", bytes: Array("a: [".utf8))], findings: &ignored)
        }
    }

    @Test func identitiesUseTheGroupAndTheScope() throws {
        let yaml = """
            apiVersion: v1
            kind: List
            items:
            - {apiVersion: gateway.networking.k8s.io/v1beta1, kind: HTTPRoute, metadata: {name: a}}
            - {apiVersion: rbac.authorization.k8s.io/v1, kind: ClusterRole, metadata: {name: r, namespace: x}}
            - {apiVersion: networking.istio.io/v1, kind: Gateway, metadata: {name: g, namespace: istio}}
            """
        var findings = FindingList()
        let objects = try ManifestObjectReader().read([SourceFile(path: "l.yaml", bytes: Array(yaml.utf8))], findings: &findings)
        #expect(objects.map(\.identity.description) == [
            "HTTPRoute.gateway.networking.k8s.io default/a", "ClusterRole.rbac.authorization.k8s.io r", "Gateway.networking.istio.io istio/g",
        ])
        #expect(objects.map(\.origins) == [["l.yaml:4:3"], ["l.yaml:5:3"], ["l.yaml:6:3"]])
    }
}
