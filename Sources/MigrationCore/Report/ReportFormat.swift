/// The formats `i2gw report --format` writes.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Compiler-style lines grouped by file, then the summary and the per-Ingress mapping.
    case text
    /// A report for a pull request: summary tables, then findings grouped by Ingress.
    case markdown
    /// The versioned document described by `docs/report-schema.json`.
    case json
    /// GitHub Actions workflow commands, so findings show on the pull request's diff.
    case github
    /// SARIF 2.1.0, for code-scanning tools.
    case sarif
    /// JUnit XML: one test case per Ingress, failed when it has findings at or above `--fail-on`.
    case junit

    /// Renders the report in this format.
    public func render(_ report: MigrationReport, options: ReportRenderOptions = ReportRenderOptions()) -> String {
        switch self {
        case .text: TextReport.render(report, style: options.style)
        case .markdown: MarkdownReport.render(report, linkBase: options.linkBase)
        case .json: JSONReport.render(report)
        case .github: GitHubReport.render(report)
        case .sarif: SARIFReport.render(report)
        case .junit: JUnitReport.render(report)
        }
    }
}

/// Settings that only some formats read.
public struct ReportRenderOptions: Sendable {
    /// Colour for the `text` format.
    public var style: TextStyle
    /// For `markdown`: the URL that input paths are relative to (`--link-base`), e.g. a
    /// repository's `…/blob/<commit>`; locations become links to `<base>/<path>#L<line>`.
    public var linkBase: String?

    /// Creates options.
    public init(style: TextStyle = .plain, linkBase: String? = nil) {
        self.style = style
        self.linkBase = linkBase
    }
}
