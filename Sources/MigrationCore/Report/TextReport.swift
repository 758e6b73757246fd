/// The `text` format: compiler-style finding lines grouped by file (a blank line between
/// files, findings without a location last), each followed by the object and provider it is
/// about and its hint, then the summary, the annotation statistics, the
/// per-Ingress mapping and the result.
enum TextReport {
    static func render(_ report: MigrationReport, style: TextStyle) -> String {
        var lines: [String] = []
        let located = report.findings.filter { $0.location != nil }
        let unlocated = report.findings.filter { $0.location == nil }
        for (index, finding) in located.enumerated() {
            if index > 0 && located[index - 1].location?.file != finding.location?.file { lines.append("") }
            lines.append(FindingFormatting.line(finding, style: style, context: true))
        }
        if !located.isEmpty && !unlocated.isEmpty { lines.append("") }
        lines += unlocated.map { FindingFormatting.line($0, style: style, context: true) }
        if !lines.isEmpty { lines.append("") }
        lines += summary(report, style: style)
        lines += ingresses(report, style: style)
        lines.append(result(report, style: style))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func summary(_ report: MigrationReport, style: TextStyle) -> [String] {
        let summary = report.summary
        var lines = [
            style.bold("Summary"),
            row("Ingresses read", summary.ingressesSentence),
            row("Objects generated", summary.objectsSentence),
            row("Findings", summary.findingsSentence),
            row("Annotations", summary.annotationTotal.sentence),
        ]
        let width = summary.annotations.map(\.key.count).max() ?? 0
        for provider in summary.annotationsPerProvider {
            lines.append("    " + pad(provider.provider, width + 3) + provider.sentence)
            for tally in summary.annotations where tally.provider == provider.provider {
                lines.append("      " + pad(tally.key, width + 1) + nonZero(tally))
            }
        }
        return lines
    }

    private static func ingresses(_ report: MigrationReport, style: TextStyle) -> [String] {
        guard !report.ingresses.isEmpty else { return [] }
        var lines = [style.bold("Ingresses")]
        for mapping in report.ingresses {
            let counts = Severity.allCases.reversed().compactMap { severity -> String? in
                let count = mapping.findings.filter { report.findings[$0].severity == severity }.count
                return count == 0 ? nil : Plural.count(count, severity.rawValue, severity.rawValue + "s")
            }
            let how = mapping.provider.map { "provider \($0)" } ?? (mapping.read ? "no provider" : "could not be read")
            let tail = counts.isEmpty ? "no findings" : counts.joined(separator: ", ")
            lines.append("  \(mapping.object) (\(mapping.location)): \(how); \(tail)")
            let generated = mapping.generated.isEmpty ? "nothing" : mapping.generated.map(\.description).joined(separator: ", ")
            lines.append(style.dim("    generated: " + generated))
        }
        return lines
    }

    static func result(_ report: MigrationReport, style: TextStyle) -> String {
        guard let threshold = report.failOn else {
            return "Result: " + style.verdict("passed", failed: false) + " (--fail-on none)"
        }
        let failing = report.findings.filter { $0.severity >= threshold }.count
        if failing == 0 {
            return "Result: " + style.verdict("passed", failed: false) + " (no finding at or above \(threshold.rawValue))"
        }
        let what = Plural.count(failing, "finding", "findings")
        return "Result: " + style.verdict("failed", failed: true) + " (\(what) at or above \(threshold.rawValue), --fail-on \(threshold.rawValue))"
    }

    private static func nonZero(_ tally: AnnotationTally) -> String {
        let parts = AnnotationOutcome.Status.allCases.filter { tally.count($0) > 0 }.map { "\(tally.count($0)) \($0.rawValue)" }
        return "\(tally.seen) seen: " + parts.joined(separator: ", ")
    }

    private static func row(_ label: String, _ value: String) -> String { "  " + pad(label, 19) + value }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }
}
