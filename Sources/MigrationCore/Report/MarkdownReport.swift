/// The `markdown` format: what a reviewer reads in a pull request. The result, a summary
/// table, the annotation statistics, then the findings grouped by Ingress (with the objects each
/// Ingress became), and the findings about no Ingress last. With a link base, every location
/// links to `<base>/<file>#L<line>`.
enum MarkdownReport {
    static func render(_ report: MigrationReport, linkBase: String?) -> String {
        let links = Links(base: linkBase)
        var lines = ["# i2gw migration report", "", verdict(report), ""]
        lines += summaryTable(report)
        lines += annotationTable(report)
        if !report.ingresses.isEmpty {
            lines += ["## Ingresses", ""]
            for mapping in report.ingresses { lines += section(mapping, report, links) }
        }
        if !report.otherFindings.isEmpty {
            lines += ["## Other findings", ""]
            lines += findingTable(report.otherFindings, report, links)
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func verdict(_ report: MigrationReport) -> String {
        guard let threshold = report.failOn else { return "**Result: passed** (`--fail-on none`)." }
        let failing = report.findings.filter { $0.severity >= threshold }.count
        if failing == 0 { return "**Result: passed**: no finding at or above `\(threshold.rawValue)` (`--fail-on \(threshold.rawValue)`)." }
        return "**Result: failed**: \(Plural.count(failing, "finding", "findings")) at or above `\(threshold.rawValue)` (`--fail-on \(threshold.rawValue)`)."
    }

    private static func summaryTable(_ report: MigrationReport) -> [String] {
        let summary = report.summary
        return [
            "| | |", "| --- | --- |",
            "| Ingresses read | \(ReportEscaping.markdown(summary.ingressesSentence)) |",
            "| Objects generated | \(summary.objectsSentence) |",
            "| Findings | \(summary.findingsSentence) |",
            "| Annotations | \(summary.annotationTotal.sentence) |",
            "",
        ]
    }

    private static func annotationTable(_ report: MigrationReport) -> [String] {
        let tallies = report.summary.annotations
        guard !tallies.isEmpty else { return [] }
        let statuses = AnnotationOutcome.Status.allCases
        var lines = [
            "## Annotations", "",
            "| provider | annotation | seen | " + statuses.map(\.rawValue).joined(separator: " | ") + " |",
            "| --- | --- | ---: | " + statuses.map { _ in "---:" }.joined(separator: " | ") + " |",
        ]
        for tally in report.summary.annotationsPerProvider + tallies {
            let key = tally.key.isEmpty ? "**all**" : ReportEscaping.markdownCode(tally.key)
            lines.append(
                "| \(ReportEscaping.markdown(tally.provider)) | \(key) | \(tally.seen) | "
                    + statuses.map { String(tally.count($0)) }.joined(separator: " | ") + " |")
        }
        return lines + [""]
    }

    private static func section(_ mapping: IngressMapping, _ report: MigrationReport, _ links: Links) -> [String] {
        var lines = ["### \(ReportEscaping.markdown(mapping.object.description))", ""]
        let how = mapping.provider.map { "provider \(ReportEscaping.markdown($0))" } ?? (mapping.read ? "**no provider**" : "**could not be read**")
        let severities = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = mapping.findings.filter { report.findings[$0].severity == severity }.count
            return count == 0 ? nil : Plural.count(count, severity.rawValue, severity.rawValue + "s")
        }
        lines.append("\(links.location(mapping.location)) · \(how) · \(severities.isEmpty ? "no findings" : severities.joined(separator: ", "))")
        lines.append("")
        let objects = mapping.generated.map { "\($0.kind) \(ReportEscaping.markdownCode($0.namespace.isEmpty ? $0.name : "\($0.namespace)/\($0.name)"))" }
        lines += ["Generated: " + (objects.isEmpty ? "nothing" : objects.joined(separator: ", ")), ""]
        if !mapping.findings.isEmpty { lines += findingTable(mapping.findings, report, links) }
        return lines
    }

    private static func findingTable(_ indices: [Int], _ report: MigrationReport, _ links: Links) -> [String] {
        var lines = ["| severity | code | provider | location | message |", "| --- | --- | --- | --- | --- |"]
        for index in indices {
            let finding = report.findings[index]
            let severity = report.fails(finding) ? "**\(finding.severity.rawValue)**" : finding.severity.rawValue
            var message = ReportEscaping.markdown(finding.message)
            if let hint = finding.hint { message += "<br>*Hint: \(ReportEscaping.markdown(hint))*" }
            let location = finding.location.map(links.location) ?? ""
            let provider = finding.provider.map(ReportEscaping.markdown) ?? "core"
            lines.append("| \(severity) | \(ReportEscaping.markdownCode(finding.code.id)) | \(provider) | \(location) | \(message) |")
        }
        return lines + [""]
    }

    /// Locations as text, or as links under the link base.
    struct Links {
        var base: String?

        func location(_ location: SourceLocation) -> String {
            let text = ReportEscaping.markdown("\(location.file):\(location.line)")
            guard var base, !location.file.hasPrefix("/"), location.file != "<stdin>" else { return text }
            while base.hasSuffix("/") { base.removeLast() }
            var path = location.file
            while path.hasPrefix("./") { path.removeFirst(2) }
            return "[\(text)](\(base)/\(ReportEscaping.uri(path: path))#L\(location.line))"
        }
    }
}
