/// The `junit` format: JUnit XML with one test case per Ingress (named after it, its class name
/// the provider that served it, `no-provider` or `unreadable`), failed when the Ingress has findings at or above
/// `--fail-on`. The failure's type is the code of the most severe of those findings, and its text
/// lists them all; findings below the threshold go to the case's
/// `system-out`. Findings about no Ingress form one more case, `other findings`.
enum JUnitReport {
    static func render(_ report: MigrationReport) -> String {
        var cases: [TestCase] = report.ingresses.map { mapping in
            TestCase(
                name: mapping.object.description, className: mapping.provider ?? (mapping.read ? "no-provider" : "unreadable"),
                location: mapping.location, findings: mapping.findings)
        }
        if !report.otherFindings.isEmpty {
            cases.append(TestCase(name: "other findings", className: "i2gw", location: nil, findings: report.otherFindings))
        }
        let failures = cases.filter { $0.failed(in: report) }.count
        let counts = "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\""
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<testsuites name=\"i2gw\" \(counts)>",
            "  <testsuite name=\"i2gw migration\" \(counts) skipped=\"0\">",
        ]
        for testCase in cases { lines += testCase.xml(in: report) }
        lines += ["  </testsuite>", "</testsuites>"]
        return lines.joined(separator: "\n") + "\n"
    }

    struct TestCase {
        var name: String
        var className: String
        var location: SourceLocation?
        var findings: [Int]

        func failed(in report: MigrationReport) -> Bool {
            findings.contains { report.fails(report.findings[$0]) }
        }

        func xml(in report: MigrationReport) -> [String] {
            var attributes = "name=\"\(ReportEscaping.xml(name))\" classname=\"\(ReportEscaping.xml(className))\""
            if let location { attributes += " file=\"\(ReportEscaping.xml(location.file))\" line=\"\(location.line)\"" }
            let failing = findings.map { report.findings[$0] }.filter(report.fails)
            let passing = findings.map { report.findings[$0] }.filter { !report.fails($0) }
            if failing.isEmpty && passing.isEmpty { return ["    <testcase \(attributes)/>"] }
            var lines = ["    <testcase \(attributes)>"]
            if let worst = failing.max(by: { $0.severity < $1.severity }), let threshold = report.failOn {
                let message = "\(Plural.count(failing.count, "finding", "findings")) at or above \(threshold.rawValue)"
                lines.append("      <failure message=\"\(ReportEscaping.xml(message))\" type=\"\(ReportEscaping.xml(worst.code.id))\">\(text(failing))</failure>")
            }
            if !passing.isEmpty { lines.append("      <system-out>\(text(passing))</system-out>") }
            lines.append("    </testcase>")
            return lines
        }

        private func text(_ findings: [Finding]) -> String {
            ReportEscaping.xml(findings.map { FindingFormatting.line($0, context: true) }.joined(separator: "\n"))
        }
    }
}
