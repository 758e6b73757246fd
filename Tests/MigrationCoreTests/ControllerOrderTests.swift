import Testing
@testable import MigrationCore

/// ingress-nginx processes Ingresses oldest first; equal timestamps by `namespace/name`,
/// descending (its store's `sortIngressSlice`).
@Suite struct ControllerOrderTests {
    func ingress(_ namespace: String, _ name: String, _ created: String?) -> Ingress {
        Ingress(
            meta: ObjectMeta(name: name, namespace: namespace, creationTimestamp: created), apiVersion: "networking.k8s.io/v1",
            location: SourceLocation(file: "f", line: 1, column: 1))
    }

    @Test func oldestFirstThenNamesDescending() {
        let ingresses = [
            ingress("a", "x", "2024-01-02T00:00:00Z"), ingress("a", "y", nil), ingress("b", "z", "2024-01-01T00:00:00Z"),
            ingress("a", "z", nil),
        ]
        let order = IRBuilder.controllerOrder(ingresses).map { ingresses[$0].meta.namespace + "/" + ingresses[$0].meta.name }
        #expect(order == ["a/z", "a/y", "b/z", "a/x"])
    }
}
