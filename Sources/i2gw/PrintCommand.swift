import ArgumentParser
import Foundation
import MigrationCore
import Providers

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

    func run() throws {
        let run: MigrationRun
        let text: String
        do {
            let files = try InputLoader().load(input.paths)
            run = try Self.pipeline(input: input, translation: translation).run(files)
            text = try output.render(run.documents)
        } catch let error as InputError {
            StandardStreams.writeError("\(error)\n")
            throw ExitCode(ExitStatus.inputError)
        }
        StandardStreams.writeOutput(text)
        var report = run.findings.map(FindingFormatting.line).joined(separator: "\n")
        if !report.isEmpty { report += "\n" }
        report += Self.providerLine(run, input: input) + "\n" + FindingFormatting.summary(run) + "\n"
        StandardStreams.writeError(report)
        if let threshold = reporting.failOn.threshold, run.hasFindings(atOrAbove: threshold) {
            throw ExitCode(ExitStatus.findings)
        }
    }

    /// The pipeline the translation flags describe (shared with `convert`).
    static func pipeline(input: InputOptions, translation: TranslationFlags) -> MigrationPipeline {
        let selected = ProviderRegistry.providers(
            named: input.providerNames, settings: .init(ingressNGINXClass: input.ingressNGINXClass))
        return MigrationPipeline(
            parser: ManifestParser(namespace: input.allNamespaces ? nil : input.namespace),
            translator: Translator(options: translation.options, providers: selected.providers),
            encoder: ObjectEncoder(generator: ToolVersion.generator))
    }

    /// Which providers translated how many Ingresses.
    static func providerLine(_ run: MigrationRun, input: InputOptions) -> String {
        let used = run.ingressesPerProvider.keys.sorted().map { "\($0) (\(Plural.count(run.ingressesPerProvider[$0]!, "Ingress", "Ingresses")))" }
        let how = input.providerNames.isEmpty ? "detected" : "selected"
        return used.isEmpty ? "i2gw: no provider serves any Ingress of the input" : "i2gw: providers \(how): \(used.joined(separator: ", "))"
    }
}

extension OutputFormat: ExpressibleByArgument {}
