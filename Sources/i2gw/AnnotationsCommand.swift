import ArgumentParser
import Providers

/// `i2gw annotations`: the catalog of a provider's annotations and what each becomes.
struct AnnotationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotations",
        abstract: "List every annotation a provider knows, with its status and what it becomes.")

    @Option(help: "The provider (\(AnnotationCatalogRenderer.catalogs.keys.sorted().joined(separator: ", "))).")
    var provider: String = "ingress-nginx"

    @Option(help: "Output format.")
    var format: Format = .markdown

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json
    }

    func validate() throws {
        if AnnotationCatalogRenderer.catalogs[provider] == nil {
            throw ValidationError("no annotation catalog for provider \"\(provider)\"; known: \(AnnotationCatalogRenderer.catalogs.keys.sorted().joined(separator: ", "))")
        }
    }

    func run() {
        let text = format == .markdown ? AnnotationCatalogRenderer.markdown(provider: provider) : AnnotationCatalogRenderer.json(provider: provider)
        StandardStreams.writeOutput(text ?? "")
    }
}
