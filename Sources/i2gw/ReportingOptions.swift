import ArgumentParser
import Foundation
import MigrationCore
import Providers

/// Which findings fail the run, and how text findings are shown. Every command that reports
/// findings takes these options, so `--fail-on` means the same everywhere.
struct ReportingOptions: ParsableArguments {
    @Option(name: .customLong("fail-on"), help: "Exit with status 1 when a finding is at or above this severity.")
    var failOn: FailOn = .error

    @OptionGroup var colors: ColorOptions

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info, none

        var threshold: Severity? {
            switch self {
            case .error: .error
            case .warning: .warning
            case .info: .info
            case .none: nil
            }
        }
    }

    /// The report of a run under these options.
    func report(of run: MigrationRun) -> MigrationReport {
        MigrationReport(run: run, failOn: failOn.threshold, catalog: FindingCatalog.all)
    }

    /// The text style for a stream (standard output or standard error).
    func style(for handle: FileHandle) -> TextStyle { colors.style(for: handle) }

    /// The exit status of a run: 1 when it has a finding at or above `--fail-on` (the same
    /// decision as the report's, without building the report), else 0.
    func status(of run: MigrationRun) -> Int32 {
        if let threshold = failOn.threshold, run.hasFindings(atOrAbove: threshold) { return ExitStatus.findings }
        return ExitStatus.success
    }

    /// Ends the command with status 1 when the report failed.
    func exitIfFailed(_ report: MigrationReport) throws {
        if report.failed { throw ExitCode(ExitStatus.findings) }
    }
}

/// `--color`, on its own for commands that report no findings threshold (`diff`).
struct ColorOptions: ParsableArguments {
    @Option(
        name: .customLong("color"),
        help: "Colour the output: auto (only on a terminal, and not when NO_COLOR is set), always, never.")
    var color: ColorMode = .auto

    /// The text style for a stream (standard output or standard error).
    func style(for handle: FileHandle) -> TextStyle {
        TextStyle(colored: color.colors(isTerminal: isatty(handle.fileDescriptor) == 1, environment: ProcessInfo.processInfo.environment))
    }
}

extension ColorMode: ExpressibleByArgument {}
