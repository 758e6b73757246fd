import Foundation
import MigrationCore
import Providers
@testable import Verify

/// Translates inputs in process and verifies them, as `i2gw verify` does.
enum VerificationSupport {
    static func translate(_ yaml: String, file: String = "input.yaml", options: TranslationOptions = TranslationOptions()) throws -> TranslatedRun {
        let providers = ProviderRegistry.providers(named: [], settings: .init()).providers
        let pipeline = MigrationPipeline(
            parser: ManifestParser(), translator: Translator(options: options, providers: providers),
            encoder: ObjectEncoder(generator: "i2gw-test"))
        return try pipeline.runKeepingObjects([SourceFile(path: file, bytes: Array(yaml.utf8))])
    }

    /// Verifies `objects` (by default the translation's own) against the input.
    static func verify(
        _ translated: TranslatedRun, objects: GeneratedObjects? = nil, probes: [UserProbe] = [], workers: Int = RenderWorkers.available,
        batchSize: Int = ProbeEvaluation.batchSize
    ) -> VerificationReport {
        var ignored = FindingList()
        let providers = ProviderRegistry.providers(named: [], settings: .init()).providers
        let shares = ProviderAssignment.assign(translated.manifests, providers: providers, findings: &ignored)
        let verifier = Verifier(
            manifests: translated.manifests, objects: objects ?? translated.objects, findings: translated.run.findings,
            instances: Verifier.ControllerInstance.ingressNGINX(shares))
        return verifier.verify(userProbes: probes, workers: workers, batchSize: batchSize)
    }

    static func differences(_ report: VerificationReport) -> [Finding] {
        report.findings.filter { $0.code == .verifyDifference }
    }
}
