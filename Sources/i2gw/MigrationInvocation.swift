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
        var parser = ManifestParser(namespace: input.allNamespaces ? nil : input.namespace)
        parser.limits.maxInputBytes = input.maxInputBytes
        return MigrationPipeline(
            parser: parser,
            translator: Translator(options: translation.options, providers: providers()),
            encoder: ObjectEncoder(generator: ToolVersion.generator))
    }

    /// The providers `--providers` selects (every known one when it is not given).
    func providers() -> [any Provider] {
        ProviderRegistry.providers(named: input.providerNames, settings: input.providerSettings).providers
    }

    /// Like ``run(render:)``, keeping the generated objects (for verification).
    func runKeepingObjects<Output>(render: (TranslatedRun) throws -> Output) throws -> (run: TranslatedRun, output: Output) {
        do {
            let files = try input.load()
            let run = try pipeline().runKeepingObjects(files)
            return (run, try render(run))
        } catch let error as InputError {
            StandardStreams.writeError("\(error)\n")
            throw ExitCode(ExitStatus.inputError)
        }
    }

    /// Loads and runs. Nothing has been written to standard output yet: an input error is
    /// reported on standard error and ends the command with status 2.
    func run() throws -> MigrationRun {
        try run { _ in () }.run
    }

    /// Loads and runs; `render` turns the run into output text, which is also covered by the
    /// input-error handling (a YAML emitter error, for instance).
    func run<Output>(render: (MigrationRun) throws -> Output) throws -> (run: MigrationRun, output: Output) {
        do {
            let files = try input.load()
            let run = try pipeline().run(files)
            return (run, try render(run))
        } catch let error as InputError {
            StandardStreams.writeError("\(error)\n")
            throw ExitCode(ExitStatus.inputError)
        }
    }
}
