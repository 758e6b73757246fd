import ArgumentParser
import Foundation
import MigrationCore

/// `i2gw report`: only the findings and the summary, in a format for people or for CI.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report what the migration of the input would need from a human, without printing manifests.",
        discussion: """
            The report goes to standard output. Every format carries each finding's
            severity, code, provider, object, file:line:column, message and hint, and
            a summary: Ingresses read, objects generated per kind, annotations per
            provider and key, findings per severity, and what each Ingress became.

            Formats: text (compiler-style lines, then the summary), markdown (for a
            pull request), json (docs/report-schema.json), github (GitHub Actions
            annotations), sarif (SARIF 2.1.0 for code scanning), junit (one test
            case per Ingress).

            \(ExitStatus.help)
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var translation: TranslationFlags
    @OptionGroup var reporting: ReportingOptions

    func validate() throws {
        try input.requireClusterForConnectionFlags(readsCluster: input.fromCluster)
    }

    @Option(help: "Report format.")
    var format: ReportFormat = .text

    @Option(
        name: .customLong("link-base"),
        help: ArgumentHelp(
            "markdown: link each location to <URL>/<file>#L<line> (e.g. a repository's blob URL at the commit).", valueName: "URL"))
    var linkBase: String?

    func run() throws {
        let invocation = MigrationInvocation(input: input, translation: translation)
        let report = reporting.report(of: try invocation.run())
        let options = ReportRenderOptions(style: reporting.style(for: .standardOutput), linkBase: linkBase)
        StandardStreams.writeOutput(format.render(report, options: options))
        StandardStreams.finish(status: report.failed ? ExitStatus.findings : ExitStatus.success)
    }
}

extension ReportFormat: ExpressibleByArgument {}
