import ArgumentParser
import Foundation
import MigrationCore
import Providers

/// `i2gw convert`: the manifests written into a folder split by persona (or namespace), with a
/// README saying who applies what, `report.md` and `report.json`.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Write the Gateway API manifests into a folder, split by persona, with a README and reports.",
        discussion: """
            The folder gets infrastructure-provider/ (GatewayClasses), cluster-operator/
            (Namespaces and labels, Gateways, certificate ReferenceGrants),
            application-developer/<namespace>/ (routes), rbac/ with --emit-rbac, README.md (who
            applies which folder, in which order), report.md and report.json.
            A non-empty folder is replaced only with --force. The tree is written next to the
            folder and renamed into place at the end, so an error or Ctrl-C leaves the folder
            as it was.

            With --dry-run nothing is written: the manifests convert would write are compared with those in the folder, as i2gw diff does, and the diff goes to standard output.

            \(ExitStatus.help)
            With --dry-run: 0 no differences, 1 differences, 2 error.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var translation: TranslationFlags
    @OptionGroup var reporting: ReportingOptions

    @Option(name: .customLong("output-dir"), help: ArgumentHelp("The folder to write.", valueName: "dir"))
    var outputDir: String

    @Option(name: .customLong("split-by"), help: "How to split the manifests into folders.")
    var splitBy: SplitMode = .persona

    @Flag(help: "Replace a folder that is not empty.")
    var force = false

    @Flag(help: "Write a kustomization.yaml in every folder.")
    var kustomize = false

    @Flag(name: .customLong("emit-rbac"), help: "Write rbac/: a role per persona granting its own kinds only, with example bindings.")
    var emitRBAC = false

    @Flag(
        name: .customLong("dry-run"),
        help: "Write nothing: print the diff between the manifests in the output folder and those convert would write there (exit status as for diff: 0 no differences, 1 differences, 2 error).")
    var dryRun = false

    func validate() throws {
        try input.requireClusterForConnectionFlags(readsCluster: input.fromCluster)
    }

    func run() throws {
        TreeWriter.acceptInterruptions()
        let target = URL(fileURLWithPath: outputDir)
        if !force && !dryRun && TreeWriter.isNonEmptyFolder(target) {
            StandardStreams.writeError("\(outputDir): error: the output folder is not empty; pass --force to replace it\n")
            throw ExitCode(ExitStatus.inputError)
        }
        let run: MigrationRun
        let tree: OutputTree
        do {
            let files = try input.load()
            run = try MigrationInvocation(input: input, translation: translation).pipeline().run(files)
            var settings = ConvertSettings(generator: ToolVersion.generator)
            settings.split = splitBy
            settings.kustomize = kustomize
            settings.emitRBAC = emitRBAC
            let report = reporting.report(of: run)
            tree = try ConvertPlan(settings: settings, options: translation.options)
                .tree(for: run, report: (ReportFormat.markdown.render(report), ReportFormat.json.render(report)))
        } catch let error as InputError {
            StandardStreams.writeError("\(error)\n")
            throw ExitCode(ExitStatus.inputError)
        }
        if dryRun {
            try ConvertDryRun(outputDir: outputDir, tree: tree, run: run).write(input: input, colors: reporting.colors)
        }
        do {
            try TreeWriter(target: target).write(tree)
        } catch {
            StandardStreams.writeError("\(outputDir): error: \(error)\n")
            throw ExitCode(ExitStatus.inputError)
        }
        let style = reporting.style(for: .standardError)
        var lines = run.findings.map { FindingFormatting.line($0, style: style) }
        lines += [PrintCommand.providerLine(run, input: input), FindingFormatting.summary(run)]
        lines.append("i2gw: wrote \(Plural.count(tree.paths.count, "file", "files")) to \(outputDir) (split by \(splitBy.rawValue)); see \(outputDir)/README.md")
        StandardStreams.writeError(lines.joined(separator: "\n") + "\n")
        try reporting.exitIfFailed(reporting.report(of: run))
    }
}

extension SplitMode: ExpressibleByArgument {}
