import Foundation
import Testing

/// Exit statuses as the product contract defines them, for every command that reports findings,
/// run as real processes: 0 success, 1 findings at or above `--fail-on`, 2 input error with
/// nothing on standard output.
@Suite struct ExitStatusTests {
    struct Case: CustomStringConvertible, Sendable {
        var fixture: String
        var input: String
        var failOn: String
        var status: Int32

        var description: String { "\(fixture) --fail-on \(failOn) → \(status)" }
    }

    static let failOnCases = [
        Case(fixture: "report/all-severities", input: "manifests", failOn: "error", status: 1),
        Case(fixture: "report/all-severities", input: "manifests", failOn: "warning", status: 1),
        Case(fixture: "report/all-severities", input: "manifests", failOn: "info", status: 1),
        Case(fixture: "report/all-severities", input: "manifests", failOn: "none", status: 0),
        Case(fixture: "report/info-only", input: "input.yaml", failOn: "error", status: 0),
        Case(fixture: "report/info-only", input: "input.yaml", failOn: "warning", status: 0),
        Case(fixture: "report/info-only", input: "input.yaml", failOn: "info", status: 1),
        Case(fixture: "report/info-only", input: "input.yaml", failOn: "none", status: 0),
    ]

    static let commands: [[String]] = [["print"], ["report"], ["report", "--format", "sarif"], ["report", "--format", "junit"]]

    @Test(arguments: failOnCases)
    func failOnGivesTheSameStatusForEveryCommand(_ testCase: Case) throws {
        let folder = SourceTree.fixtures.appendingPathComponent(testCase.fixture)
        for command in Self.commands {
            let result = try ToolProcess.run(command + ["--fail-on", testCase.failOn, "-f", testCase.input], in: folder)
            #expect(result.status == testCase.status, "\(command.joined(separator: " ")): \(result.standardError)")
            #expect(!result.standardOutput.isEmpty, "\(command): the output is written whatever the status")
        }
    }

    @Test func defaultFailOnIsError() throws {
        let folder = SourceTree.fixtures.appendingPathComponent("report/info-only")
        for command in Self.commands {
            #expect(try ToolProcess.run(command + ["-f", "input.yaml"], in: folder).status == 0)
        }
        let failing = SourceTree.fixtures.appendingPathComponent("report/all-severities")
        for command in Self.commands {
            #expect(try ToolProcess.run(command + ["-f", "manifests"], in: failing).status == 1)
        }
    }

    static let inputErrors: [[String]] = [
        ["-f", "../input-error/input.yaml"],
        ["-f", "does-not-exist.yaml"],
        ["-f", "manifests", "--fail-on", "sometimes"],
        ["-f", "manifests", "--color", "rainbow"],
        ["-f", "manifests", "--unknown-flag"],
    ]

    @Test(arguments: inputErrors)
    func inputErrorsExitTwoAndWriteNothing(_ arguments: [String]) throws {
        let folder = SourceTree.fixtures.appendingPathComponent("report/all-severities")
        for command in Self.commands {
            let result = try ToolProcess.run(command + arguments, in: folder)
            #expect(result.status == 2, "\(command + arguments): \(result.standardError)")
            #expect(result.standardOutput.isEmpty, "\(command + arguments) wrote to standard output")
            #expect(!result.standardError.isEmpty)
        }
    }

    @Test func unknownReportFormatIsAnInputError() throws {
        let result = try ReportFixture.report(["--format", "xml"])
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("xml"), "\(result.standardError)")
    }
}
