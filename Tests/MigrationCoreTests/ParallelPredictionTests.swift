import Testing
@testable import MigrationCore
import Providers

/// Attachment prediction on several threads gives the same predictions and the same findings,
/// in the same order, as on one.
@Suite struct ParallelPredictionTests {
    /// Ingresses in three namespaces whose backends are partly missing (several routes share a
    /// missing Service, so its finding must be raised once), plus input routes whose parents
    /// are refused, unknown, or of another API group.
    static var input: String {
        var documents: [String] = []
        for namespace in ["team-a", "team-b", "team-c"] {
            documents.append("apiVersion: v1\nkind: Service\nmetadata: {name: present, namespace: \(namespace)}")
            for index in 0..<9 {
                let service = index % 3 == 0 ? "present" : "missing-\(index % 2)"
                documents.append("""
                    apiVersion: networking.k8s.io/v1
                    kind: Ingress
                    metadata: {name: web-\(index), namespace: \(namespace)}
                    spec:
                      ingressClassName: nginx
                      tls: [{hosts: [h\(index).\(namespace).example.com], secretName: cert}]
                      rules:
                        - host: h\(index).\(namespace).example.com
                          http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: \(service), port: {number: 80}}}}]}
                    """)
            }
            documents.append("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: intruder, namespace: \(namespace)}
                spec:
                  parentRefs: [{name: nginx, namespace: gateway-system}, {name: elsewhere}, {group: example.com, kind: Proxy, name: p}]
                  hostnames: [nowhere.example.com]
                  rules: [{backendRefs: [{name: missing-0, port: 80}, {name: gone, namespace: team-a, port: 80}]}]
                """)
        }
        return documents.joined(separator: "\n---\n")
    }

    @Test func severalThreadsPredictWhatOneDoes() throws {
        var findings = FindingList()
        let manifests = try ManifestParser().parse([SourceFile(path: "in.yaml", bytes: Array(Self.input.utf8))], findings: &findings)
        let translator = Translator(options: TranslationOptions(), providers: ProviderRegistry.providers(named: [], settings: .init()).providers)
        let objects = translator.translate(manifests, findings: &findings).objects
        var alone = AttachmentPredictor(objects: objects, manifests: manifests)
        let expected = alone.predict(workers: 1)
        #expect(expected.count > 30)
        #expect(alone.findings.contains { $0.code == .routeBackendNotFound })
        #expect(alone.findings.contains { $0.code == .routeNotAccepted })
        for workers in [2, 3, 7, 64] {
            var parallel = AttachmentPredictor(objects: objects, manifests: manifests)
            let predictions = parallel.predict(workers: workers, minimumRoutesPerWorker: 1)
            #expect(predictions == expected, "\(workers) workers")
            #expect(parallel.findings == alone.findings, "\(workers) workers")
        }
    }
}
