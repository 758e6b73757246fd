import Foundation

/// `report.md` and `report.json` for `convert`.
///
/// This writer is deliberately small and self-contained: a Markdown summary with the findings
/// and the predicted attachments, and JSON `{schemaVersion, summary, findings, attachments}`.
/// ``ConvertReport/render(_:)`` is the only entry point, so the shared renderer of the `report`
/// command can replace it without touching the rest of `convert`.
public enum ConvertReport {
    /// The version of the JSON layout below.
    public static let schemaVersion = 1

    /// Renders both reports for a run.
    public static func render(_ run: MigrationRun) throws -> (markdown: String, json: String) {
        (markdown(run), try json(run))
    }

    static func markdown(_ run: MigrationRun) -> String {
        var text = "# i2gw migration report\n\n"
        text += "- Ingresses read: \(run.ingressesRead)\n"
        let providers = run.ingressesPerProvider.keys.sorted().map { "\($0) (\(run.ingressesPerProvider[$0]!))" }
        text += "- Providers: \(providers.isEmpty ? "none" : providers.joined(separator: ", "))\n"
        let objects = run.objectsPerKind.map { "\($0.count) \($0.kind)" }
        text += "- Generated: \(objects.isEmpty ? "nothing" : objects.joined(separator: ", "))\n"
        let counts = [Severity.error, .warning, .info].map { Plural.count(run.count($0), $0.rawValue, $0.rawValue + "s") }
        text += "- Findings: \(counts.joined(separator: ", "))\n\n"
        text += "## Findings\n\n"
        if run.findings.isEmpty { text += "None.\n" }
        for finding in run.findings {
            let place = finding.location.map { "`\($0)` " } ?? ""
            text += "- **\(finding.severity.rawValue)** `\(finding.code.id)` \(place)\(cell(finding.message))"
            if let hint = finding.hint { text += " — hint: \(cell(hint))" }
            text += "\n"
        }
        text += "\n## Predicted attachment\n\n"
        if run.attachments.isEmpty { return text + "No routes.\n" }
        text += "| route | origin | parent | Accepted | ResolvedRefs | why |\n| --- | --- | --- | --- | --- | --- |\n"
        for item in run.attachments {
            text += "| \(item.route.namespace)/\(item.route.name) | \(item.generated ? "generated" : "input") | \(cell(item.parent)) | \(item.acceptedText) | \(item.resolvedRefsReason) | \(cell(item.message)) |\n"
        }
        return text
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    struct Document: Encodable {
        var schemaVersion: Int
        var summary: Summary
        var findings: [FindingEntry]
        var attachments: [AttachmentEntry]
    }

    struct Summary: Encodable {
        var ingresses: Int
        var providers: [String: Int]
        var objects: [String: Int]
        var errors: Int
        var warnings: Int
        var infos: Int
    }

    struct FindingEntry: Encodable {
        var severity: String
        var code: String
        var provider: String?
        var object: String?
        var location: String?
        var message: String
        var hint: String?
    }

    struct AttachmentEntry: Encodable {
        var route: String
        var generated: Bool
        var parent: String
        var accepted: String
        var resolvedRefs: String
        var message: String
    }

    static func json(_ run: MigrationRun) throws -> String {
        let document = Document(
            schemaVersion: schemaVersion,
            summary: Summary(
                ingresses: run.ingressesRead, providers: run.ingressesPerProvider,
                objects: Dictionary(run.objectsPerKind.map { ($0.kind, $0.count) }, uniquingKeysWith: +),
                errors: run.count(.error), warnings: run.count(.warning), infos: run.count(.info)),
            findings: run.findings.map {
                FindingEntry(
                    severity: $0.severity.rawValue, code: $0.code.id, provider: $0.provider, object: $0.object?.description,
                    location: $0.location?.description, message: $0.message, hint: $0.hint)
            },
            attachments: run.attachments.map {
                AttachmentEntry(
                    route: "\($0.route.namespace)/\($0.route.name)", generated: $0.generated, parent: $0.parent, accepted: $0.acceptedText,
                    resolvedRefs: $0.resolvedRefsReason, message: $0.message)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
