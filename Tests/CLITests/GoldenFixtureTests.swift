import Foundation
import Testing

/// Runs every case under `Fixtures/` through the real `i2gw` binary and compares standard
/// output, standard error and the exit status with the recorded files.
@Suite struct GoldenFixtureTests {
    @Test(arguments: FixtureCase.all())
    func fixture(_ fixture: FixtureCase) throws {
        let stdin = (try? Data(contentsOf: fixture.file("stdin.yaml"))) ?? Data()
        let result = try ToolProcess.run(fixture.arguments, in: fixture.directory, input: stdin, environment: fixture.environment.merging(["NO_COLOR": "1"]) { $1 })
        let status = "\(result.status)\n"
        if FixtureCase.recording {
            try result.standardOutput.write(to: fixture.file(fixture.outputFile), atomically: true, encoding: .utf8)
            try result.standardError.write(to: fixture.file("expected-stderr.txt"), atomically: true, encoding: .utf8)
            if result.status != 0 || fixture.read("expected-status.txt") != nil {
                try status.write(to: fixture.file("expected-status.txt"), atomically: true, encoding: .utf8)
            }
            return
        }
        let expectedOutput = try #require(fixture.read(fixture.outputFile), "missing \(fixture.outputFile); record with I2GW_RECORD=1")
        #expect(result.standardOutput == expectedOutput, "standard output differs:\n\(TextDiff.unified(expectedOutput, result.standardOutput))")
        let expectedError = try #require(fixture.read("expected-stderr.txt"), "missing expected-stderr.txt; record with I2GW_RECORD=1")
        #expect(result.standardError == expectedError, "standard error differs:\n\(TextDiff.unified(expectedError, result.standardError))")
        #expect(status == (fixture.read("expected-status.txt") ?? "0\n"))
    }

    @Test func fixturesExist() {
        #expect(FixtureCase.all().count >= 10)
    }
}

/// A small line diff for failure messages.
enum TextDiff {
    static func unified(_ expected: String, _ actual: String) -> String {
        let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        var index = 0
        while index < max(left.count, right.count) && lines.count < 40 {
            let a = index < left.count ? String(left[index]) : nil
            let b = index < right.count ? String(right[index]) : nil
            if a != b {
                if let a { lines.append("-\(index + 1): \(a)") }
                if let b { lines.append("+\(index + 1): \(b)") }
            }
            index += 1
        }
        return lines.joined(separator: "\n")
    }
}
