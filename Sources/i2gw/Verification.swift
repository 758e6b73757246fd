import MigrationCore
import Providers
import Verify

/// Runs the verification of a translated input for `verify` and `print --verify`.
enum Verification {
    /// The verification's findings and summary for a translated run.
    static func report(_ translated: TranslatedRun, providers: [any Provider], userProbes: [UserProbe]) -> VerificationReport {
        var ignored = FindingList()
        let shares = ProviderAssignment.assign(translated.manifests, providers: providers, findings: &ignored)
        let configMap = providers.compactMap { ($0 as? IngressNGINXProvider)?.explicitConfigMap }.first
        let verifier = Verifier(
            manifests: translated.manifests, objects: translated.objects, findings: translated.run.findings,
            instances: Verifier.ControllerInstance.ingressNGINX(shares), controllerConfigMap: configMap)
        return verifier.verify(userProbes: userProbes)
    }

    /// The report text: every finding, sorted, then the provider line and both summaries.
    static func text(_ run: MigrationRun, _ verification: VerificationReport, providerLine: String) -> String {
        var findings = FindingList()
        findings.add(contentsOf: run.findings + verification.findings)
        var merged = run
        merged.findings = findings.sorted
        var text = merged.findings.map { FindingFormatting.line($0) }.joined(separator: "\n")
        if !text.isEmpty { text += "\n" }
        return text + providerLine + "\n" + FindingFormatting.summary(merged) + "\n" + verification.summary + "\n"
    }

    /// Whether any finding (translation or verification) is at or above the threshold.
    static func fails(_ run: MigrationRun, _ verification: VerificationReport, threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return run.hasFindings(atOrAbove: threshold) || verification.findings.contains { $0.severity >= threshold }
    }
}
