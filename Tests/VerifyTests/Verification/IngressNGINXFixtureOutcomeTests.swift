import Foundation
import MigrationCore
import Testing
@testable import Verify

/// Every `Fixtures/ingress-nginx/<case>/requests.yaml` states what ingress-nginx answers the
/// case's important requests, from the controller's documented behaviour. Verifying the
/// case's translation with those probes must leave no difference and no unmet expectation that
/// the translation's report does not already name (a probe whose request differs in a way a
/// finding explains is accounted for).
@Suite struct IngressNGINXFixtureOutcomeTests {
    typealias S = VerificationSupport

    /// Translation behaviours that differ from the controller and are not fixed yet; each
    /// case named here must still show the difference (a fix makes the test fail until the
    /// entry is removed).
    static let knownTranslationBugs: [String: String] = [:]

    static var cases: [String] {
        let root = TestData.fixtures.appendingPathComponent("ingress-nginx")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().filter { FileManager.default.fileExists(atPath: root.appendingPathComponent("\($0)/input.yaml").path) }
    }

    @Test(arguments: cases)
    func fixtureAnswersAsIngressNGINX(_ name: String) throws {
        let folder = TestData.fixtures.appendingPathComponent("ingress-nginx/\(name)")
        let probesURL = folder.appendingPathComponent("requests.yaml")
        let probes = try ProbeFile.parse(SourceFile(path: "requests.yaml", bytes: Array(try TestData.read(probesURL).utf8)))
        var options = TranslationOptions()
        let arguments = (try? TestData.read(folder.appendingPathComponent("args.txt"))) ?? ""
        options.allowExperimental = arguments.contains("--allow-experimental-gw-api")
        let translated = try S.translate(try TestData.read(folder.appendingPathComponent("input.yaml")), options: options)
        #expect(translated.manifests.ingresses.isEmpty || !probes.isEmpty, "a case with Ingresses states what they answer")
        let report = S.verify(translated, probes: probes)
        let unexplained = S.differences(report).map(\.message)
        let unmet = report.findings.filter { $0.code == .verifyProbeMismatch }.filter { mismatch in
            guard let probe = probes.first(where: { $0.location == mismatch.location }) else { return true }
            return !report.explainedRequests.contains(probe.request)
        }.map(\.message)
        if let bug = Self.knownTranslationBugs[name] {
            withKnownIssue(Comment(rawValue: bug)) {
                #expect(unexplained.isEmpty && unmet.isEmpty)
            }
        } else {
            #expect(unexplained.isEmpty, "\(unexplained.joined(separator: "\n"))")
            #expect(unmet.isEmpty, "\(unmet.joined(separator: "\n"))")
        }
    }

    /// The cases with Ingresses have probes of their own.
    @Test func everyCaseHasRequests() {
        for name in Self.cases {
            let path = TestData.fixtures.appendingPathComponent("ingress-nginx/\(name)/requests.yaml").path
            #expect(FileManager.default.fileExists(atPath: path), "\(name) has no requests.yaml")
        }
    }
}
