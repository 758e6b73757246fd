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

    /// Loads and runs; `render` turns the run into output text, which is also covered by the
    /// input-error handling (a YAML emitter error, for instance).
    func run<Output>(render: (MigrationRun) throws -> Output) throws -> (run: MigrationRun, output: Output) {
        do {
            let run = try pipeline().run(InputLoader(maxTotalBytes: input.maxInputBytes).load(input.paths))
            return (run, try render(run))
        } catch let error as InputError {
            StandardStreams.writeError("\(error)\n")
            throw ExitCode(ExitStatus.inputError)
        }
    }
}
