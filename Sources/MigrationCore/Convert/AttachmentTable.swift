/// The predicted attachment of every route, as a Markdown section of `report.md`.
public enum AttachmentTable {
    /// `## Predicted attachment` with one row per route and parent.
    public static func markdown(_ attachments: [AttachmentPrediction]) -> String {
        var text = "## Predicted attachment\n\n"
        if attachments.isEmpty { return text + "No routes.\n" }
        text += "| route | origin | parent | Accepted | ResolvedRefs | why |\n| --- | --- | --- | --- | --- | --- |\n"
        for item in attachments {
            text += "| \(item.route.namespace)/\(item.route.name) | \(item.generated ? "generated" : "input") | \(cell(item.parent)) | \(item.acceptedText) | \(item.resolvedRefsReason) | \(cell(item.message)) |\n"
        }
        return text
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
