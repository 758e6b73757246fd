import YAMLKit

/// The `sarif` format: a SARIF 2.1.0 log with one run. Every finding code the tool knows is a
/// rule of the driver (`id`, `shortDescription`, `defaultConfiguration.level`), and every finding
/// is a result with `ruleId` and `ruleIndex`, a `level` (error → `error`, warning → `warning`,
/// info → `note`), a `message.text` (with the hint on a second line), the file and region
/// (`startLine`, `startColumn`, counted in Unicode code points as `columnKind` says) and the
/// Ingress as a logical location.
enum SARIFReport {
    static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    static func render(_ report: MigrationReport) -> String {
        var output = ""
        JSONFormat.write(log(report), indent: 0, into: &output)
        return output + "\n"
    }

    static func log(_ report: MigrationReport) -> YAMLValue {
        let ruleIndex = Dictionary(uniqueKeysWithValues: report.catalog.enumerated().map { ($0.element.id, $0.offset) })
        let driver = JSONReport.object([
            ("name", .string("i2gw")),
            ("version", .string(ToolVersion.current)),
            ("semanticVersion", .string(ToolVersion.current)),
            ("rules", .sequence(report.catalog.map(rule))),
        ])
        let run = JSONReport.object([
            ("tool", JSONReport.object([("driver", driver)])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .sequence(report.findings.map { result($0, ruleIndex: ruleIndex[$0.code.id]!) })),
        ])
        return JSONReport.object([("$schema", .string(schema)), ("version", .string("2.1.0")), ("runs", .sequence([run]))])
    }

    private static func rule(_ code: FindingCode) -> YAMLValue {
        JSONReport.object([
            ("id", .string(code.id)),
            ("shortDescription", JSONReport.object([("text", .string(code.summary))])),
            ("defaultConfiguration", JSONReport.object([("level", .string(level(code.defaultSeverity)))])),
        ])
    }

    private static func result(_ finding: Finding, ruleIndex: Int) -> YAMLValue {
        var text = finding.message
        if let hint = finding.hint { text += "\nHint: " + hint }
        var entries: [(String, YAMLValue)] = [
            ("ruleId", .string(finding.code.id)),
            ("ruleIndex", .int(ruleIndex)),
            ("level", .string(level(finding.severity))),
            ("message", JSONReport.object([("text", .string(text))])),
        ]
        var location: [(String, YAMLValue)] = []
        if let source = finding.location {
            location.append(("physicalLocation", JSONReport.object([
                ("artifactLocation", JSONReport.object([("uri", .string(ReportEscaping.uri(path: source.file)))])),
                ("region", JSONReport.object([("startLine", .int(source.line)), ("startColumn", .int(source.column))])),
            ])))
        }
        if let object = finding.object {
            location.append(("logicalLocations", .sequence([JSONReport.object([
                ("name", .string(object.name)), ("fullyQualifiedName", .string(object.description)), ("kind", .string("resource")),
            ])])))
        }
        if !location.isEmpty { entries.append(("locations", .sequence([JSONReport.object(location)]))) }
        if let provider = finding.provider {
            entries.append(("properties", JSONReport.object([("provider", .string(provider))])))
        }
        return JSONReport.object(entries)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}
