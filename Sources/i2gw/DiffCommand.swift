import ArgumentParser
import Foundation
import MigrationCore

/// `i2gw diff`: what the migration would change, against Gateway API manifests in a folder (a
/// repository, the folder `convert` wrote) or against the live cluster.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what the migration would change, against existing manifests or the live cluster.",
        discussion: """
            Translates the input as print does, then compares the generated objects with the manifests of --against PATH (a file or a folder read recursively, in any layout, such as the one convert writes) or, with --against-cluster, with the live Gateway API objects your kubectl reads. Objects are matched by API group, kind, namespace and name, and compared as the API server keeps them: key order, quoting, fields the server writes or fills in with defaults, and the version in i2gw's generator annotation do not count; the order of rules, matches, filters and other ordered lists does, the order of set and map lists (listeners, header matches) does not. Existing objects of kinds other than Gateway API's (Deployments, Secrets) can be reported as removed only when i2gw generated them, and against a cluster only live objects carrying i2gw's generator annotation can; with -n, only objects of that namespace.

            Standard output gets a unified diff per object that differs (--stat: one line per object and a summary); standard error gets the migration's findings and a summary. See docs/diff.md.

            \(ExitStatus.diffHelp)
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var translation: TranslationFlags
    @OptionGroup var colors: ColorOptions

    @Option(
        name: .customLong("against"),
        help: ArgumentHelp(
            "Existing manifests to compare with: a file, a folder (read recursively for *.yaml, *.yml, *.json), or - for standard input. Repeatable; also accepts a comma-separated list.",
            valueName: "path"))
    var against: [String] = []

    @Flag(
        name: .customLong("against-cluster"),
        help: "Compare with the live Gateway API objects of every namespace, read with your own kubectl (see --context, --kubeconfig).")
    var againstCluster = false

    @Flag(help: "Print one line per object that differs, and a summary, instead of the diff.")
    var stat = false

    /// The `--against` paths, comma-separated lists split.
    var againstPaths: [String] {
        against.flatMap { $0.split(separator: ",", omittingEmptySubsequences: true).map(String.init) }
    }

    func validate() throws {
        if againstPaths.isEmpty == !againstCluster {
            throw ValidationError("give the manifests to compare with: --against PATH or --against-cluster (one of the two)")
        }
        if input.paths.contains("-") && againstPaths.contains("-") {
            throw ValidationError("standard input can be read once: give -f - or --against -, not both")
        }
        try input.requireClusterForConnectionFlags(readsCluster: input.fromCluster || againstCluster, clusterFlags: "--from-cluster or --against-cluster")
    }

    func run() throws {
        let invocation = MigrationInvocation(input: input, translation: translation)
        let (run, generated) = try invocation.run { $0.documents.map(ManifestObject.init(generated:)) }
        var findings = FindingList()
        var scope = ComparisonScope(namespace: input.allNamespaces ? nil : input.namespace)
        let existing: [ManifestObject]
        do {
            if againstCluster {
                let kinds = Set(generated.filter { $0.identity.group == GatewayAPISchema.group }.map(\.identity.kind))
                let live = try ClusterSource(kubectl: input.kubectl).readGatewayAPI(generatedKinds: kinds, findings: &findings)
                existing = try ManifestObjectReader().read([live.file], findings: &findings)
                scope.kindsRead = live.kindsRead
                scope.onlyGeneratedByI2GW = true
            } else {
                existing = try ManifestObjectReader().read(try InputLoader().load(againstPaths), findings: &findings)
            }
        } catch {
            StandardStreams.writeError("\(error)\n")
            throw ExitCode(ExitStatus.inputError)
        }
        let comparison = ManifestComparison(
            generated: generated, existing: existing, normalizer: ManifestNormalizer(generator: ToolVersion.generator), scope: scope)
        let presentation = DiffPresentation(
            comparison: comparison, run: run, comparedFindings: findings.sorted,
            against: againstCluster ? input.kubectl.sourceName : againstPaths.joined(separator: ", "), removalRule: Self.removalRule(scope))
        try presentation.write(input: input, colors: colors, stat: stat)
    }

    /// Which existing objects count as removed, in words.
    static func removalRule(_ scope: ComparisonScope) -> String {
        let rule = scope.onlyGeneratedByI2GW
            ? "only objects that carry i2gw's generator annotation count as removed (a cluster holds objects the migration never managed)"
            : "only Gateway API objects and objects that carry i2gw's generator annotation count as removed"
        return rule + (scope.namespace.map { ", and only in namespace \($0) (-n)" } ?? "")
    }
}
