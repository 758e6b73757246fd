import Foundation
import MigrationCore
import Providers
import Testing
@testable import Verify

/// `verify` over the translator's own fixtures, and over objects broken on purpose.
@Suite struct VerificationTests {
    typealias S = VerificationSupport

    static var coreInputs: [String] {
        let root = TestData.fixtures.appendingPathComponent("core")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().filter { FileManager.default.fileExists(atPath: root.appendingPathComponent("\($0)/input.yaml").path) }
    }

    /// Every difference on the core fixtures is one the translation's report already names.
    @Test(arguments: coreInputs)
    func coreFixtureHasNoUnreportedDifference(_ name: String) throws {
        let yaml = try TestData.read(TestData.fixtures.appendingPathComponent("core/\(name)/input.yaml"))
        let report = S.verify(try S.translate(yaml))
        #expect(report.compared > 0)
        #expect(S.differences(report).isEmpty, "\(S.differences(report).map(\.message).joined(separator: "\n"))")
        #expect(report.explained == report.differing)
    }

    static let shop = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: web, namespace: shop, creationTimestamp: "2024-01-01T00:00:00Z"}
        spec:
          ingressClassName: nginx
          tls: [{hosts: [shop.example.com], secretName: shop-tls}]
          rules:
          - host: shop.example.com
            http:
              paths:
              - {path: /api, pathType: Prefix, backend: {service: {name: api, port: {number: 8080}}}}
              - {path: /, pathType: Prefix, backend: {service: {name: storefront, port: {number: 80}}}}

        """

    /// A route whose backend was changed by hand is caught at the Ingress path it came from.
    @Test func wrongBackendIsCaught() throws {
        let translated = try S.translate(Self.shop)
        var objects = translated.objects
        let index = try #require(objects.httpRoutes.firstIndex { $0.rules.contains { $0.backendRefs.contains { $0.name == "api" } } })
        for rule in objects.httpRoutes[index].rules.indices {
            for backend in objects.httpRoutes[index].rules[rule].backendRefs.indices where objects.httpRoutes[index].rules[rule].backendRefs[backend].name == "api" {
                objects.httpRoutes[index].rules[rule].backendRefs[backend].name = "api-v2"
            }
        }
        let differences = S.differences(S.verify(translated, objects: objects))
        #expect(!differences.isEmpty)
        #expect(differences.allSatisfy { $0.location?.line == 11 && $0.object?.name == "web" }, "\(differences.map { "\($0.location!) \($0.message)" })")
        #expect(differences.contains { $0.message.contains("https://shop.example.com/api/deeper") && $0.message.contains("backends: shop/api:8080 → shop/api-v2:8080") })
    }

    /// A prefix match turned into an exact match loses the deeper paths.
    @Test func narrowedPathMatchIsCaught() throws {
        let translated = try S.translate(Self.shop)
        var objects = translated.objects
        for route in objects.httpRoutes.indices {
            for rule in objects.httpRoutes[route].rules.indices {
                for match in objects.httpRoutes[route].rules[rule].matches.indices where objects.httpRoutes[route].rules[rule].matches[match].path == "/api" {
                    objects.httpRoutes[route].rules[rule].matches[match].pathType = .exact
                }
            }
        }
        let differences = S.differences(S.verify(translated, objects: objects))
        #expect(differences.contains { $0.message.hasPrefix("A deeper path, GET https://shop.example.com/api/deeper") })
        #expect(!differences.contains { $0.message.contains("GET https://shop.example.com/api:") }, "the path itself still matches")
    }

    /// A missing HTTP→HTTPS redirect is caught for every plain-HTTP probe of the host.
    @Test func droppedRedirectIsCaught() throws {
        let translated = try S.translate(Self.shop)
        var objects = translated.objects
        objects.httpRoutes.removeAll { $0.meta.name.hasSuffix("-http") }
        let differences = S.differences(S.verify(translated, objects: objects))
        #expect(differences.contains { $0.message.contains("GET http://shop.example.com/api: ingress-nginx 308 redirect to https://shop.example.com/api") })
    }

    /// The translation's own objects agree with ingress-nginx on this input, apart from the
    /// trailing slash its report names.
    @Test func faithfulTranslationOnlyHasNamedDifferences() throws {
        let report = S.verify(try S.translate(Self.shop))
        #expect(S.differences(report).isEmpty)
        #expect(report.findings.contains { $0.code == .verifyExplained && $0.message.contains("[I2GW-NGINX-REDIRECT-TRAILING-SLASH]") })
    }

    /// Answering the probes on several threads, in batches of any size, reports exactly what
    /// answering them one by one reports.
    @Test func severalWorkersReportWhatOneDoes() throws {
        let input = try TestData.read(TestData.fixtures.appendingPathComponent("ingress-nginx/implicit-root-annotations/input.yaml"))
        let translated = try S.translate(input)
        let serial = S.verify(translated, workers: 1, batchSize: .max)
        #expect(serial.compared > 50 && serial.differing > 0)
        for (workers, batchSize) in [(2, 1), (3, 7), (4, 64), (16, 4096)] {
            let parallel = S.verify(translated, workers: workers, batchSize: batchSize)
            #expect(parallel.findings == serial.findings)
            #expect(parallel.compared == serial.compared && parallel.differing == serial.differing && parallel.explained == serial.explained)
            #expect(parallel.explainedRequests == serial.explainedRequests)
        }
    }

    /// A verification reports its findings in the same order every time, including the
    /// explained groups (once listed in a dictionary's order, which differs between tables).
    /// The input is the one the fuzzer found it with.
    @Test func findingsComeInTheSameOrderEveryTime() throws {
        let input = """
            apiVersion: networking.k8s.io/v1beta1
            kind: Ingress
            metadata:
              name: beta-site
              namespace: legacy
              annotations:
                kubernetes.io/ingress.class: nginx
            spec:
              rules:
              - host: beta.example.com
                http:
                  paths:
                  - path: /app
                    pathType: Prefix
                    backend:
                      serviceName: beta-app
                      servicePort: http
            """
        let translated = try S.translate(input)
        let first = S.verify(translated)
        #expect(first.findings.filter { $0.code == .verifyExplained }.count >= 2)
        // Tables of the same kind kept alive between runs, so that each run's tables land at
        // other addresses (a dictionary's order follows its storage's address).
        var held: [[Finding: [String]]] = []
        for round in 0..<32 {
            held.append(Dictionary(uniqueKeysWithValues: first.findings.prefix(round % 4 + 1).map { ($0, [$0.message]) }))
            #expect(S.verify(translated).findings == first.findings, "round \(round)")
        }
        #expect(held.count == 32)
    }

    /// The approximation codes the explanation links to are real codes of the catalog.
    @Test func approximationCodesExist() {
        let ids = Set(FindingCatalog.all.map(\.id))
        for code in DifferenceExplanation.ApproximationCode.all { #expect(ids.contains(code), "\(code)") }
        for code in FindingCode.verifyCatalog { #expect(ids.contains(code.id)) }
    }
}
