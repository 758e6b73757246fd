/// Compiler-style text for findings: `file:line:col: severity: [CODE] message`, the form
/// editors and CI log parsers recognise. The `print` command's standard error and the `text`
/// report both use it.
public enum FindingFormatting {
    /// One finding as one line (plus an indented hint line when there is a hint).
    public static func line(_ finding: Finding, style: TextStyle = .plain) -> String {
        var text = ""
        if let location = finding.location { text += style.bold("\(location):") + " " }
        text += "\(style.severity(finding.severity)): [\(finding.code.id)] \(finding.message)"
        if let hint = finding.hint { text += "\n" + style.dim("  hint: \(hint)") }
        return text
    }

    /// The one-line summary after the findings.
    public static func summary(_ run: MigrationRun) -> String {
        let objects = run.objectsPerKind.map { "\($0.count) \($0.kind)" }.joined(separator: ", ")
        let findings = [Severity.error, .warning, .info].map { Plural.count(run.count($0), $0.rawValue, $0.rawValue + "s") }
        return "i2gw: \(Plural.count(run.ingressesRead, "Ingress", "Ingresses")) read; generated \(objects.isEmpty ? "nothing" : objects); \(findings.joined(separator: ", "))"
    }
}

/// Counted nouns: `1 Ingress`, `2 Ingresses`.
public enum Plural {
    /// The count followed by the singular or plural noun.
    public static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }
}
