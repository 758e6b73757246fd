import ArgumentParser
import MigrationCore

/// Which findings fail the run.
struct ReportingOptions: ParsableArguments {
    @Option(name: .customLong("fail-on"), help: "Exit with status 1 when a finding is at or above this severity.")
    var failOn: FailOn = .error

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
}
