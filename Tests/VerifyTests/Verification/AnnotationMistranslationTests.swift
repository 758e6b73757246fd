import Foundation
import MigrationCore
import Testing
@testable import Verify

/// Translations of annotations broken on purpose are caught, and not hidden by the findings
/// the translation reports about the same annotations.
@Suite struct AnnotationMistranslationTests {
    typealias S = VerificationSupport

    static func fixture(_ name: String) throws -> TranslatedRun {
        try S.translate(try TestData.read(TestData.fixtures.appendingPathComponent("ingress-nginx/\(name)/input.yaml")))
    }

    /// The canary's 20 % and the primary's 80 % swapped: every weighted request differs in
    /// its backend shares, at the primary's path.
    @Test func flippedCanaryWeightIsCaught() throws {
        let translated = try Self.fixture("canary")
        var objects = translated.objects
        var flipped = 0
        for route in objects.httpRoutes.indices where objects.httpRoutes[route].hostnames == ["shop.example.com"] {
            for rule in objects.httpRoutes[route].rules.indices where objects.httpRoutes[route].rules[rule].backendRefs.count == 2 {
                for backend in objects.httpRoutes[route].rules[rule].backendRefs.indices {
                    let weight = objects.httpRoutes[route].rules[rule].backendRefs[backend].weight ?? 1
                    objects.httpRoutes[route].rules[rule].backendRefs[backend].weight = 100 - weight
                    flipped += 1
                }
            }
        }
        #expect(flipped == 2)
        let differences = S.differences(S.verify(translated, objects: objects))
        #expect(differences.contains { $0.message.contains("GET http://shop.example.com/checkout:") && $0.message.contains("backends: shop/checkout-v1:80 (4/5), shop/checkout-v2:80 (1/5) → shop/checkout-v1:80 (1/5), shop/checkout-v2:80 (4/5)") })
        #expect(differences.allSatisfy { $0.location?.line == 17 }, "\(differences.map { "\($0.location!)" })")
    }

    /// A rewrite dropped from the translation is caught, although the translation reports
    /// regex mode at the same annotation: regex mode explains only the requests whose location
    /// it chose.
    @Test func droppedRewriteIsCaught() throws {
        let translated = try Self.fixture("regex-and-rewrite")
        var objects = translated.objects
        for route in objects.httpRoutes.indices where objects.httpRoutes[route].hostnames == ["shop.example.com"] {
            for rule in objects.httpRoutes[route].rules.indices {
                objects.httpRoutes[route].rules[rule].filters.removeAll { if case .urlRewrite = $0 { true } else { false } }
            }
        }
        let differences = S.differences(S.verify(translated, objects: objects))
        #expect(differences.contains { $0.message.contains("GET http://shop.example.com/api/deeper:") && $0.message.contains("upstream path: /deeper → /api/deeper") })
    }
}

/// The controller ConfigMap reaches both sides: the translation and the ingress-nginx engine
/// read the same `http-redirect-code` for the HTTPS redirect and the `from-to-www-redirect`
/// server, so verifying leaves no difference the report does not name.
@Suite struct ControllerConfigVerificationTests {
    typealias S = VerificationSupport

    @Test func redirectCodeFromTheConfigMapAgrees() throws {
        let configMap = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: ingress-nginx-controller, namespace: ingress-nginx}
            data: {http-redirect-code: "301"}
            ---

            """
        let input = configMap + (try TestData.read(TestData.fixtures.appendingPathComponent("ingress-nginx/server-names/input.yaml")))
        let translated = try S.translate(input)
        let codes = translated.objects.httpRoutes.flatMap(\.rules).flatMap(\.filters).compactMap { filter -> Int? in
            if case .requestRedirect(let redirect) = filter { return redirect.statusCode }
            return nil
        }
        #expect(!codes.isEmpty && codes.allSatisfy { $0 == 301 })
        let report = S.verify(translated)
        #expect(S.differences(report).isEmpty, "\(S.differences(report).map(\.message))")
    }
}
