import ArgumentParser
import Foundation
import MigrationCore
import Providers
import Verify

/// `i2gw verify`: translates the input in memory, then sends probe requests through a model of
/// the ingress controller and a model of a Gateway API implementation, and reports every
/// request whose outcome differs.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that the generated Gateway API objects route requests like the Ingresses they replace.",
        discussion: """
            For every host and path it derives probe requests (the path, a deeper path, a sibling sharing its characters, the trailing-slash variant, another case, http and https, an unknown host, canary headers), answers each as ingress-nginx would and as a Gateway API implementation would with the generated objects, and reports each request that differs (status, backends and weights, upstream path and host, redirect Location, headers) as I2GW-VERIFY-DIFFERENCE at the Ingress path. Differences another finding already describes are counted under I2GW-VERIFY-EXPLAINED. --probes FILE adds your own requests with expected outcomes (see docs/verify.md).

            Findings go to standard error, as with print; nothing is written to standard output.

            \(ExitStatus.help)
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var translation: TranslationFlags
    @OptionGroup var reporting: ReportingOptions

    func validate() throws {
        try input.requireClusterForConnectionFlags(readsCluster: input.fromCluster)
    }

    @Option(name: .customLong("probes"), help: ArgumentHelp("A YAML file of requests and their expected outcomes.", valueName: "file"))
    var probesFile: String?

    func run() throws {
        let setup = MigrationInvocation(input: input, translation: translation)
        let translated: TranslatedRun
        var userProbes: [UserProbe] = []
        do {
            let files = try input.load()
            translated = try setup.pipeline().runKeepingObjects(files)
            if let probesFile {
                for file in try InputLoader().load([probesFile]) { userProbes += try ProbeFile.parse(file) }
            }
        } catch {
            StandardStreams.writeError("\(error)\n")
            throw ExitCode(ExitStatus.inputError)
        }
        let report = Verification.report(translated, providers: setup.providers(), userProbes: userProbes)
        StandardStreams.writeError(Verification.text(translated.run, report, providerLine: PrintCommand.providerLine(translated.run, input: input)))
        if Verification.fails(translated.run, report, threshold: reporting.failOn.threshold) {
            throw ExitCode(ExitStatus.findings)
        }
    }
}
