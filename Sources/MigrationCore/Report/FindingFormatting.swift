/// Compiler-style text for findings: `file:line:col: severity: [CODE] message`, the form
/// editors and CI log parsers recognise. The `print` command's standard error and the `text`
/// report both use it.
public enum FindingFormatting {
    /// One finding as one line, plus an indented hint line when there is a hint. With `context`,
    /// an indented line between them names the object and the provider:
    /// `  in Ingress shop/web (ingress-nginx)`.
    public static func line(_ finding: Finding, style: TextStyle = .plain, context: Bool = false) -> String {
        var text = ""
        if let location = finding.location { text += style.bold("\(location):") + " " }
        text += "\(style.severity(finding.severity)): [\(finding.code.id)] \(finding.message)"
        if context, let about = Self.context(finding) { text += "\n" + style.dim("  " + about) }
        if let hint = finding.hint { text += "\n" + style.dim("  hint: \(hint)") }
        return text
    }

    /// `in Ingress shop/web (ingress-nginx)`: the finding's object and provider, or nil when it
    /// has neither.
    static func context(_ finding: Finding) -> String? {
        switch (finding.object, finding.provider) {
        case (let object?, let provider?): "in \(object) (\(provider))"
        case (let object?, nil): "in \(object)"
        case (nil, let provider?): "(\(provider))"
        case (nil, nil): nil
        }
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
