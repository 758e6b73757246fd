import ArgumentParser
import Foundation
import MigrationCore

/// The `i2gw` command: migrates Kubernetes Ingress manifests to Gateway API.
@main
struct I2GWCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "i2gw",
        abstract: "Migrate Kubernetes Ingress manifests (and their controller annotations) to Gateway API.",
        discussion: """
            Examples:
              i2gw print -f Fixtures/core/basic-host-paths/input.yaml
              i2gw report -f manifests/ --format markdown
              i2gw diff -f manifests/ --against gitops/

            \(ExitStatus.help)
            """,
        version: "i2gw \(ToolVersion.current) (Gateway API \(ToolVersion.gatewayAPI))",
        subcommands: [PrintCommand.self, ConvertCommand.self, DiffCommand.self, ReportCommand.self, VerifyCommand.self, AnnotationsCommand.self, VersionCommand.self]
    )

    /// Runs the command, mapping every usage error (unknown flag, bad value) to exit status 2.
    static func main() {
        MemoryTuning.apply()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is ExitCode {
                exit(withError: error)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { StandardStreams.writeError(message + "\n") }
            Foundation.exit(ExitStatus.inputError)
        }
    }
}

/// Exit statuses shared by every command.
enum ExitStatus {
    static let success: Int32 = 0
    static let findings: Int32 = 1
    static let inputError: Int32 = 2
    /// `diff` and `convert --dry-run`: the objects differ.
    static let differences: Int32 = 1

    static let help = """
        Exit status:
          0  success (findings below --fail-on are allowed)
          1  findings at or above --fail-on (default: error)
          2  input error: unreadable or malformed input, or a bad flag or flag value;
             nothing is written to standard output
        """

    static let diffHelp = """
        Exit status (as diff(1) and kubectl diff):
          0  no differences
          1  differences
          2  error: unreadable or malformed input or manifests to compare with, kubectl
             missing or failing, or a bad flag or flag value; nothing is written to
             standard output
        """
}
