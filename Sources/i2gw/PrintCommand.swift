import ArgumentParser
import Foundation
import MigrationCore
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

    func validate() throws {
        try input.requireClusterForConnectionFlags(readsCluster: input.fromCluster)
    }

    @Option(name: .shortAndLong, help: "Output format.")
    var output: OutputFormat = .yaml

    @Flag(name: .customLong("verify"), help: "Also verify the output's routing against the Ingresses (as i2gw verify does) and report the differences.")
    var verify = false

    func run() throws {
        let invocation = MigrationInvocation(input: input, translation: translation)
        if verify {
            let (translated, text) = try invocation.runKeepingObjects { output.render($0.run.documents) }
            StandardStreams.writeOutput(text)
            let report = Verification.report(translated, providers: invocation.providers(), userProbes: [])
            StandardStreams.writeError(Verification.text(translated.run, report, providerLine: Self.providerLine(translated.run, input: input)))
            if Verification.fails(translated.run, report, threshold: reporting.failOn.threshold) { throw ExitCode(ExitStatus.findings) }
            return
        }
        let run = try invocation.run()
        // Everything is read, parsed and translated: rendering cannot fail from here on, so the
        // output is written as it is rendered instead of being held whole in memory; so are
        // the findings, a piece at a time.
        output.write(run.documents) { StandardStreams.writeOutput($0) }
        let style = reporting.style(for: .standardError)
        StandardStreams.writeError(lines: run.findings.lazy.map { FindingFormatting.line($0, style: style) })
        StandardStreams.writeError(lines: [Self.providerLine(run, input: input), FindingFormatting.summary(run)])
        StandardStreams.finish(status: reporting.status(of: run))
    }

    /// Which providers translated how many Ingresses.
    static func providerLine(_ run: MigrationRun, input: InputOptions) -> String {
        let used = run.ingressesPerProvider.keys.sorted().map { "\($0) (\(Plural.count(run.ingressesPerProvider[$0]!, "Ingress", "Ingresses")))" }
        let how = input.providerNames.isEmpty ? "detected" : "selected"
        return used.isEmpty ? "i2gw: no provider serves any Ingress of the input" : "i2gw: providers \(how): \(used.joined(separator: ", "))"
    }
}

extension OutputFormat: ExpressibleByArgument {}
