import ArgumentParser
import Foundation
import MigrationCore

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
        let invocation = MigrationInvocation(input: input, translation: translation)
        let run = try invocation.run()
        // Everything is read, parsed and translated: rendering cannot fail from here on, so the
        // output is written as it is rendered instead of being held whole in memory.
        output.write(run.documents) { StandardStreams.writeOutput($0) }
        let style = reporting.style(for: .standardError)
        var lines = run.findings.map { FindingFormatting.line($0, style: style) }
        lines += [providerLine(run), FindingFormatting.summary(run)]
        StandardStreams.writeError(lines.joined(separator: "\n") + "\n")
        StandardStreams.finish(status: reporting.status(of: run))
    }

    func providerLine(_ run: MigrationRun) -> String {
        let used = run.ingressesPerProvider.keys.sorted().map { "\($0) (\(Plural.count(run.ingressesPerProvider[$0]!, "Ingress", "Ingresses")))" }
        let how = input.providerNames.isEmpty ? "detected" : "selected"
        return used.isEmpty ? "i2gw: no provider serves any Ingress of the input" : "i2gw: providers \(how): \(used.joined(separator: ", "))"
    }
}

extension OutputFormat: ExpressibleByArgument {}
