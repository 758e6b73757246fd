import Foundation
import Testing

/// The JUnit report is read by `junitparser` (a JUnit XML reader CI systems' plugins build on)
/// with one test case per Ingress, failed exactly when the Ingress has findings at or above
/// `--fail-on`.
@Suite struct JUnitReportTests {
    static let reader = """
        import sys, junitparser
        xml = junitparser.JUnitXml.fromfile(sys.argv[1])
        for suite in xml:
            print("suite", suite.name, suite.tests, suite.failures)
            for case in suite:
                print("case", case.name, "|", case.classname, "|", "passed" if case.is_passed else "failed")
        """

    static func read(_ failOn: String) throws -> (status: Int32, lines: [String]) {
        let result = try ReportFixture.report(["--format", "junit", "--fail-on", failOn])
        let file = try PythonProcess.temporaryFile(result.standardOutput, suffix: ".xml")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let read = try PythonProcess.run(reader, [file])
        #expect(read.status == 0, "\(read.output)")
        return (result.status, read.output.split(separator: "\n").map(String.init))
    }

    @Test func failOnErrorFailsTheIngressesWithErrors() throws {
        let (status, lines) = try Self.read("error")
        #expect(status == 1)
        #expect(lines == [
            "suite i2gw migration 6 2",
            "case Ingress shop/web | ingress-nginx | failed",
            "case Ingress shop/web-canary | ingress-nginx | passed",
            "case Ingress shop/broken | unreadable | failed",
            "case Ingress legacy/blog | ingress-nginx | passed",
            "case Ingress legacy/other | no-provider | passed",
            "case other findings | i2gw | passed",
        ])
    }

    @Test func failOnInfoFailsEveryCaseWithFindings() throws {
        let (status, lines) = try Self.read("info")
        #expect(status == 1)
        // The canary Ingress translates cleanly (no findings), so it passes even at info.
        #expect(lines.first == "suite i2gw migration 6 5")
    }

    @Test func failOnNoneFailsNothing() throws {
        let (status, lines) = try Self.read("none")
        #expect(status == 0)
        #expect(lines.first == "suite i2gw migration 6 0")
        #expect(lines.dropFirst().allSatisfy { $0.hasSuffix("| passed") })
    }
}
