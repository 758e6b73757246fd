import ArgumentParser
import Foundation
import MigrationCore

/// `convert --dry-run`: compares the manifests convert would write with those already in the
/// output folder (a missing folder has none), as `diff` does, and writes nothing. Both sides
/// are named by their path in the folder, so an object that would move to another file shows
/// both paths. Files that hold no Kubernetes object (README.md, report.md, report.json) and
/// kustomizations are not compared.
struct ConvertDryRun {
    /// The output folder as given.
    var outputDir: String
    /// What convert would write.
    var tree: OutputTree
    /// The migration run.
    var run: MigrationRun

    /// Writes the diff and ends the command with diff's status.
    func write(input: InputOptions, colors: ColorOptions) throws -> Never {
        var findings = FindingList()
        let generated: [ManifestObject]
        let existing: [ManifestObject]
        do {
            let planned = tree.paths.filter { $0.hasSuffix(".yaml") }.map { SourceFile(path: join($0), bytes: Array(tree.files[$0]!.utf8)) }
            var ownFindings = FindingList()
            generated = try ManifestObjectReader().read(planned, findings: &ownFindings)
            let present = FileManager.default.fileExists(atPath: outputDir)
            existing = present ? try ManifestObjectReader().read(try InputLoader().load([outputDir]), findings: &findings) : []
        } catch {
            StandardStreams.writeError("\(error)\n")
            throw ExitCode(ExitStatus.inputError)
        }
        let scope = ComparisonScope(namespace: input.allNamespaces ? nil : input.namespace)
        let comparison = ManifestComparison(
            generated: generated, existing: existing, normalizer: ManifestNormalizer(generator: ToolVersion.generator), scope: scope)
        let presentation = DiffPresentation(
            comparison: comparison, run: run, comparedFindings: findings.sorted, against: "\(outputDir) (dry run: nothing written)",
            removalRule: DiffCommand.removalRule(scope))
        try presentation.write(input: input, colors: colors, stat: false)
    }

    private func join(_ relative: String) -> String {
        outputDir.hasSuffix("/") ? outputDir + relative : outputDir + "/" + relative
    }
}
