import ArgumentParser
import MigrationCore
import Providers

/// Loads the input and runs the pipeline with the shared input and translation options; an
/// input error is printed on standard error and ends the command with status 2 before anything
/// is written to standard output.
struct MigrationInvocation {
    var input: InputOptions
    var translation: TranslationFlags

    /// The pipeline for these options.
    func pipeline() -> MigrationPipeline {
        let selected = ProviderRegistry.providers(
            named: input.providerNames, settings: input.providerSettings)
        var parser = ManifestParser(namespace: input.allNamespaces ? nil : input.namespace)
        parser.limits.maxInputBytes = input.maxInputBytes
        return MigrationPipeline(
            parser: parser,
            translator: Translator(options: translation.options, providers: selected.providers),
            encoder: ObjectEncoder(generator: ToolVersion.generator))
    }

    /// Loads and runs. Nothing has been written to standard output yet: an input error is
    /// reported on standard error and ends the command with status 2.
    func run() throws -> MigrationRun {
        do {
            return try pipeline().run(InputLoader(maxTotalBytes: input.maxInputBytes).load(input.paths))
        } catch {
            StandardStreams.writeError("\(error)\n")
            throw ExitCode(ExitStatus.inputError)
        }
    }
}
