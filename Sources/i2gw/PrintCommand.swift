import ArgumentParser
import Foundation
import MigrationCore
import Providers
import Verify

/// `i2gw print`: Gateway API manifests on standard output, findings on standard error.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print the Gateway API manifests for the input's Ingresses.",
        discussion: """
            Manifests go to standard output, findings to standard error as
            file:line:column: severity: [CODE] message, then a one-line summary.
            The flags of ingress2gateway's print command are accepted.

            \(ExitStatus.help)
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var translation: TranslationFlags
    @OptionGroup var reporting: ReportingOptions

    @Option(name: .shortAndLong, help: "Output format.")
    var output: OutputFormat = .yaml

    @Flag(name: .customLong("verify"), help: "Also verify the output's routing against the Ingresses (as i2gw verify does) and report the differences.")
    var verify = false

    func run() throws {
        let run: MigrationRun
        let text: String
        var translated: TranslatedRun?
        do {
            let files = try InputLoader().load(input.paths)
            if verify {
                translated = try pipeline().runKeepingObjects(files)
                run = translated!.run
            } else {
                run = try pipeline().run(files)
            }
            text = try output.render(run.documents)
        } catch let error as InputError {
            StandardStreams.writeError("\(error)\n")
            throw ExitCode(ExitStatus.inputError)
        }
        StandardStreams.writeOutput(text)
        if let translated {
            let report = Verification.report(translated, providers: providers(), userProbes: [])
            StandardStreams.writeError(Verification.text(run, report, providerLine: providerLine(run)))
            if Verification.fails(run, report, threshold: reporting.failOn.threshold) { throw ExitCode(ExitStatus.findings) }
            return
        }
        var report = run.findings.map(FindingFormatting.line).joined(separator: "\n")
        if !report.isEmpty { report += "\n" }
        report += providerLine(run) + "\n" + FindingFormatting.summary(run) + "\n"
        StandardStreams.writeError(report)
        if let threshold = reporting.failOn.threshold, run.hasFindings(atOrAbove: threshold) {
            throw ExitCode(ExitStatus.findings)
        }
    }

    var setup: PipelineSetup { PipelineSetup(input: input, translation: translation) }
    func pipeline() -> MigrationPipeline { setup.pipeline() }
    func providers() -> [any Provider] { setup.providers() }
    func providerLine(_ run: MigrationRun) -> String { setup.providerLine(run) }
}

extension OutputFormat: ExpressibleByArgument {}
