import Foundation
import MigrationCore
import Providers
import Testing

/// The report model: annotation outcomes, the per-Ingress mapping, the summary counts.
@Suite struct MigrationReportTests {
    static func files() throws -> [SourceFile] {
        let folder = TestSupport.fixtures.appendingPathComponent("report/all-severities/manifests")
        return try ["shop.yaml", "team a/legacy.yaml"].map { name in
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            return SourceFile(path: "manifests/" + name, bytes: [UInt8](data))
        }
    }

    static func report(failOn: Severity? = .error, files: [SourceFile]? = nil) throws -> MigrationReport {
        let run = try TestSupport.pipeline().run(try files ?? Self.files())
        return MigrationReport(run: run, failOn: failOn, catalog: FindingCatalog.all)
    }

    @Test func ingressNGINXRecordsOneOutcomePerAnnotation() throws {
        let run = try TestSupport.pipeline().run(try Self.files())
        let outcomes = run.annotations.map { "\($0.object.name) \($0.key.split(separator: "/").last!) \($0.status.rawValue)" }
        #expect(outcomes == [
            "web ssl-redirect translated", "web proxy-body-size unsupported",
            "web-canary canary translated", "web-canary canary-weight translated",
            "blog force-ssl-redirect ignored",
        ])
        #expect(!run.annotations.contains { $0.key == "kubernetes.io/ingress.class" }, "only the provider's own annotations count")
    }

    @Test func annotationTalliesAddUp() throws {
        let summary = try Self.report().summary
        #expect(summary.annotationTotal.seen == 5)
        #expect(summary.annotationTotal.count(.unsupported) == 1)
        #expect(summary.annotationsPerProvider.map(\.provider) == ["ingress-nginx"])
        #expect(summary.annotations.map(\.seen).reduce(0, +) == summary.annotationTotal.seen)
        #expect(summary.annotationTotal.sentence == "5 seen: 3 translated, 0 approximated, 1 unsupported, 1 ignored")
    }

    @Test func everyIngressIsMappedToItsObjectsAndFindings() throws {
        let report = try Self.report()
        let names = report.ingresses.map(\.object.name)
        #expect(names == ["web", "web-canary", "broken", "blog", "other"])
        let web = try #require(report.ingresses.first { $0.object.name == "web" })
        // HTTPS and plain HTTP get separate routes: HSTS is added on HTTPS only.
        #expect(web.generated.map(\.kind) == ["Gateway", "HTTPRoute", "HTTPRoute", "ReferenceGrant"])
        #expect(web.findings.map { report.findings[$0].code.id } == ["I2GW-ROUTE-BACKEND-NOT-FOUND", "I2GW-INTENT-NOT-CARRIED", "I2GW-UNRESOLVED-PORT"])
        #expect(web.failed(in: report))
        let broken = try #require(report.ingresses.first { $0.object.name == "broken" })
        #expect(!broken.read && broken.provider == nil && broken.generated.isEmpty)
        let other = try #require(report.ingresses.first { $0.object.name == "other" })
        #expect(other.read && other.provider == nil)
        #expect(report.otherFindings.map { report.findings[$0].code.id } == ["I2GW-NOT-AN-OBJECT"])
        let attributed = report.ingresses.flatMap(\.findings) + report.otherFindings
        #expect(attributed.sorted() == Array(report.findings.indices), "every finding appears exactly once")
    }

    @Test func summaryCountsIngressesByFate() throws {
        let summary = try Self.report().summary
        #expect(summary.ingressesRead == 4)
        #expect(summary.ingressesWithoutProvider == 1)
        #expect(summary.ingressesUnreadable == 1)
        #expect(summary.ingressesSentence == "4 (ingress-nginx: 3, no provider: 1); 1 more could not be read")
        #expect(summary.findingsSentence == "2 errors, 5 warnings, 3 infos")
    }

    @Test func failOnDecidesTheResult() throws {
        #expect(try Self.report(failOn: .error).failed)
        #expect(try !Self.report(failOn: nil).failed)
        let report = try Self.report(failOn: .warning)
        #expect(report.ingresses.filter { $0.failed(in: report) }.map(\.object.name) == ["web", "broken", "blog", "other"])
    }

    @Test(arguments: ReportFormat.allCases)
    func fileOrderDoesNotChangeAnyFormat(_ format: ReportFormat) throws {
        let files = try Self.files()
        let forward = format.render(try Self.report(files: files))
        let backward = format.render(try Self.report(files: files.reversed()))
        #expect(forward == backward)
    }

    @Test func sarifRulesCoverTheCatalog() throws {
        let report = try Self.report()
        #expect(report.catalog == FindingCatalog.all)
        let sarif = ReportFormat.sarif.render(report)
        for code in FindingCatalog.all { #expect(sarif.contains("\"id\": \"\(code.id)\"")) }
    }
}
