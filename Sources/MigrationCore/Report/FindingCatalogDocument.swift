/// `docs/findings.md`: every finding code with its usual severity and meaning, generated from
/// the catalog so it cannot fall behind the code (a test compares the file with this text).
public enum FindingCatalogDocument {
    /// The command that rewrites `docs/findings.md`.
    public static let regenerateCommand = "I2GW_RECORD=1 swift test --filter FindingCatalogDocumentTests"

    /// The document for the catalog's groups (`core`, then each provider).
    public static func markdown(groups: [(name: String, codes: [FindingCode])]) -> String {
        var lines = [
            "# Finding codes",
            "",
            "<!-- Generated from the finding code catalog; do not edit. Regenerate with: \(regenerateCommand) -->",
            "",
            "Every finding i2gw reports carries one of these codes. Codes are stable: CI configurations and",
            "reviews may refer to them. The severity is the one findings of the code usually have; a finding",
            "may raise or lower it when the case at hand is more or less serious.",
            "",
            "- **error**: behaviour or security would change if the output were applied as is.",
            "- **warning**: a feature was not translated, or only approximated.",
            "- **info**: a choice the tool made that a reviewer should know about.",
            "",
            "`--fail-on` decides which severities make the exit status 1 (default `error`). The SARIF report",
            "lists every code as a rule, with the severity below as its default level.",
        ]
        for group in groups where !group.codes.isEmpty {
            let title = group.name == "core" ? "Core (every provider)" : "Provider \(group.name)"
            lines += ["", "## \(title)", "", "| code | severity | meaning |", "| --- | --- | --- |"]
            for code in group.codes {
                lines.append("| `\(code.id)` | \(code.defaultSeverity.rawValue) | \(code.summary.replacingOccurrences(of: "|", with: "\\|")) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
