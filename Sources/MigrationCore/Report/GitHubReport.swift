/// The `github` format: one GitHub Actions workflow command per finding, so the runner shows
/// each finding as an annotation on the pull request's diff:
/// `::error file=F,line=L,col=C,title=T::message`, the title being the code, the object and the
/// provider. Severities map to the runner's levels
/// (error → `error`, warning → `warning`, info → `notice`); the hint follows the message on a
/// new line. The summary and result end the output as plain log lines.
enum GitHubReport {
    static func render(_ report: MigrationReport) -> String {
        var lines = report.findings.map(command)
        lines.append("i2gw: " + report.summary.findingsSentence + "; " + annotationSummary(report))
        lines.append(TextReport.result(report, style: .plain))
        return lines.joined(separator: "\n") + "\n"
    }

    static func command(_ finding: Finding) -> String {
        var properties: [String] = []
        if let location = finding.location {
            properties += [
                "file=" + ReportEscaping.githubProperty(location.file), "line=\(location.line)", "col=\(location.column)",
            ]
        }
        var title = finding.code.id
        if let context = FindingFormatting.context(finding) { title += " " + context }
        properties.append("title=" + ReportEscaping.githubProperty(title))
        var message = finding.message
        if let hint = finding.hint { message += "\nhint: " + hint }
        return "::\(level(finding.severity)) \(properties.joined(separator: ","))::\(ReportEscaping.githubData(message))"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    private static func annotationSummary(_ report: MigrationReport) -> String {
        "annotations " + report.summary.annotationTotal.sentence
    }
}
