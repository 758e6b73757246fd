import MigrationCore
import Providers
import Verify

/// Runs one input the way `i2gw verify` does: the input is translated, every probe request is
/// answered by both engines, and the input is also read as a `--probes` file whose requests (when
/// it is one) are verified too. A crash, a hang (libFuzzer's timeout) or a broken invariant is a
/// finding:
/// - the differing requests are at most the requests compared, the explained ones at most the
///   differing ones;
/// - every verification finding has a message;
/// - verifying twice gives the same findings (nothing depends on hashing order or on state left
///   behind by the first run).
enum VerifyHarness {
    static func run(_ bytes: [UInt8], pipeline: MigrationPipeline, providers: [any Provider]) {
        let file = SourceFile(path: "fuzz.yaml", bytes: bytes)
        guard let translated = try? pipeline.runKeepingObjects([file]) else { return }
        let probes = (try? ProbeFile.parse(file)) ?? []
        var ignored = FindingList()
        let shares = ProviderAssignment.assign(translated.manifests, providers: providers, findings: &ignored)
        let verifier = Verifier(
            manifests: translated.manifests, objects: translated.objects, findings: translated.run.findings,
            instances: Verifier.ControllerInstance.ingressNGINX(shares))
        let report = verifier.verify(userProbes: probes)
        check(report.differing <= report.compared && report.explained <= report.differing, "counts out of order: \(report.summary)")
        for finding in report.findings {
            check(!finding.message.isEmpty, "a verification finding without a message")
        }
        let again = verifier.verify(userProbes: probes)
        check(again.findings == report.findings && again.summary == report.summary, "a second verification differs")
    }

    private static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("invariant broken: \(message())") }
    }
}
