import MigrationCore
import Providers

/// The pipeline and providers the input and translation flags select, shared by the commands.
struct PipelineSetup {
    var input: InputOptions
    var translation: TranslationFlags

    func pipeline() -> MigrationPipeline {
        MigrationPipeline(
            parser: ManifestParser(namespace: input.allNamespaces ? nil : input.namespace),
            translator: Translator(options: translation.options, providers: providers()),
            encoder: ObjectEncoder(generator: ToolVersion.generator))
    }

    /// The providers `--providers` selects (every known one when it is not given).
    func providers() -> [any Provider] {
        ProviderRegistry.providers(named: input.providerNames, settings: .init(ingressNGINXClass: input.ingressNGINXClass)).providers
    }

    /// `i2gw: providers detected: ingress-nginx (3 Ingresses)`.
    func providerLine(_ run: MigrationRun) -> String {
        let used = run.ingressesPerProvider.keys.sorted().map { "\($0) (\(Plural.count(run.ingressesPerProvider[$0]!, "Ingress", "Ingresses")))" }
        let how = input.providerNames.isEmpty ? "detected" : "selected"
        return used.isEmpty ? "i2gw: no provider serves any Ingress of the input" : "i2gw: providers \(how): \(used.joined(separator: ", "))"
    }
}
