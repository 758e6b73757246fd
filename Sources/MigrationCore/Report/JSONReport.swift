import YAMLKit

/// The `json` format: one object described by `docs/report-schema.json`. ``schemaVersion``
/// changes only when a field is removed or changes meaning; new fields may be added within a
/// version. Keys are written in a fixed order; absent values are `null`, never left out.
enum JSONReport {
    /// The version of the document's shape.
    static let schemaVersion = 1

    static func render(_ report: MigrationReport) -> String {
        var output = ""
        JSONFormat.write(document(report), indent: 0, into: &output)
        return output + "\n"
    }

    static func document(_ report: MigrationReport) -> YAMLValue {
        let failing = report.failOn.map { threshold in report.findings.filter { $0.severity >= threshold }.count } ?? 0
        return object([
            ("schemaVersion", .int(schemaVersion)),
            ("tool", object([("name", .string("i2gw")), ("version", .string(ToolVersion.current)), ("gatewayAPIVersion", .string(ToolVersion.gatewayAPI))])),
            ("result", object([("failOn", .string(report.failOn?.rawValue ?? "none")), ("failed", .bool(report.failed)), ("failingFindings", .int(failing))])),
            ("summary", summary(report)),
            ("findings", .sequence(report.findings.map(finding))),
            ("ingresses", .sequence(report.ingresses.map(ingress))),
            ("otherFindings", .sequence(report.otherFindings.map { .int($0) })),
        ])
    }

    private static func summary(_ report: MigrationReport) -> YAMLValue {
        let summary = report.summary
        return object([
            ("ingressesRead", .int(summary.ingressesRead)),
            ("ingressesPerProvider", .sequence(summary.ingressesPerProvider.map { object([("provider", .string($0.provider)), ("count", .int($0.count))]) })),
            ("ingressesWithoutProvider", .int(summary.ingressesWithoutProvider)),
            ("ingressesUnreadable", .int(summary.ingressesUnreadable)),
            ("objectsGenerated", .sequence(summary.objectsPerKind.map { object([("kind", .string($0.kind)), ("count", .int($0.count))]) })),
            ("findings", object(Severity.allCases.reversed().map { ($0.rawValue, .int(summary.count($0))) })),
            ("annotations", object([
                ("total", tally(summary.annotationTotal, provider: false, key: false)),
                ("perProvider", .sequence(summary.annotationsPerProvider.map { tally($0, provider: true, key: false) })),
                ("perKey", .sequence(summary.annotations.map { tally($0, provider: true, key: true) })),
            ])),
        ])
    }

    private static func tally(_ tally: AnnotationTally, provider: Bool, key: Bool) -> YAMLValue {
        var entries: [(String, YAMLValue)] = []
        if provider { entries.append(("provider", .string(tally.provider))) }
        if key { entries.append(("key", .string(tally.key))) }
        entries.append(("seen", .int(tally.seen)))
        entries += AnnotationOutcome.Status.allCases.map { ($0.rawValue, .int(tally.count($0))) }
        return object(entries)
    }

    private static func finding(_ finding: Finding) -> YAMLValue {
        object([
            ("severity", .string(finding.severity.rawValue)),
            ("code", .string(finding.code.id)),
            ("provider", finding.provider.map { .string($0) } ?? .null),
            ("object", finding.object.map(reference) ?? .null),
            ("location", finding.location.map(location) ?? .null),
            ("message", .string(finding.message)),
            ("hint", finding.hint.map { .string($0) } ?? .null),
        ])
    }

    private static func ingress(_ mapping: IngressMapping) -> YAMLValue {
        object([
            ("object", reference(mapping.object)),
            ("location", location(mapping.location)),
            ("read", .bool(mapping.read)),
            ("provider", mapping.provider.map { .string($0) } ?? .null),
            ("generated", .sequence(mapping.generated.map(reference))),
            ("findings", .sequence(mapping.findings.map { .int($0) })),
            ("annotations", .sequence(mapping.annotations.map { outcome in
                object([
                    ("provider", .string(outcome.provider)), ("key", .string(outcome.key)),
                    ("location", location(outcome.location)), ("status", .string(outcome.status.rawValue)),
                ])
            })),
        ])
    }

    static func reference(_ object: ObjectRef) -> YAMLValue {
        JSONReport.object([("kind", .string(object.kind)), ("namespace", .string(object.namespace)), ("name", .string(object.name))])
    }

    static func location(_ location: SourceLocation) -> YAMLValue {
        object([("file", .string(location.file)), ("line", .int(location.line)), ("column", .int(location.column))])
    }

    /// A JSON object with its keys in the given order.
    static func object(_ entries: [(String, YAMLValue)]) -> YAMLValue {
        .mapping(entries.map { YAMLValue.Entry($0.0, $0.1) })
    }
}
