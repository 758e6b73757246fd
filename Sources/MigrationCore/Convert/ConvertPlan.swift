import YAMLKit

/// What `convert` should write, besides the run itself (`--split-by`, `--kustomize`,
/// `--emit-rbac`).
public struct ConvertSettings: Sendable {
    /// How the manifests are split into folders.
    public var split: SplitMode = .persona
    /// Whether each folder gets a `kustomization.yaml`.
    public var kustomize = false
    /// Whether `rbac/` is written.
    public var emitRBAC = false
    /// The generator annotation value.
    public var generator: String

    /// Creates settings.
    public init(generator: String) { self.generator = generator }
}

/// Builds the whole output tree of `convert`: the manifests split by ``SplitMode``, the RBAC,
/// the kustomizations, `README.md`, `report.md` and `report.json`.
public struct ConvertPlan: Sendable {
    /// The settings.
    public var settings: ConvertSettings
    /// The translation options (for the README's notes).
    public var options: TranslationOptions

    /// Creates a plan.
    public init(settings: ConvertSettings, options: TranslationOptions) {
        self.settings = settings
        self.options = options
    }

    /// The tree for a run.
    /// The tree for a run; `report` holds the rendered `report.md` and `report.json` (the
    /// same renderers as `i2gw report`), and the predicted attachments are added to `report.md`.
    public func tree(for run: MigrationRun, report: (markdown: String, json: String)) throws -> OutputTree {
        var tree = OutputTree()
        let layout = TreeLayout(mode: settings.split)
        let files = layout.files(for: run.documents)
        for file in files { tree.add(file.path, OutputFormat.yaml.render(file.documents)) }
        let applicationNamespaces = Array(Set(run.documents.filter { Persona.owner(of: $0) == .applicationDeveloper }.map(\.namespace))).sorted()
        if settings.emitRBAC {
            for file in PersonaRBAC(generator: settings.generator).documents(applicationNamespaces: applicationNamespaces) {
                tree.add(file.file, OutputFormat.yaml.render(file.documents))
            }
        }
        if settings.kustomize { try addKustomizations(to: &tree) }
        tree.add("report.md", report.markdown + "\n" + AttachmentTable.markdown(run.attachments))
        tree.add("report.json", report.json)
        tree.add(
            "README.md",
            ConvertReadme(settings: settings, options: options, run: run, tree: tree, applicationNamespaces: applicationNamespaces).text)
        return tree
    }

    /// One `kustomization.yaml` per folder that holds manifests, listing its files and its
    /// sub-folders in apply order.
    private func addKustomizations(to tree: inout OutputTree) throws {
        for folder in tree.folders {
            let prefix = folder + "/"
            var resources: [String] = []
            for path in tree.paths where path.hasPrefix(prefix) && path.hasSuffix(".yaml") {
                let rest = path.dropFirst(prefix.count)
                if let slash = rest.firstIndex(of: "/") {
                    let sub = String(rest[..<slash])
                    if !resources.contains(sub) { resources.append(sub) }
                } else {
                    resources.append(String(rest))
                }
            }
            let files = resources.filter { $0.hasSuffix(".yaml") }.sorted()
            let folders = resources.filter { !$0.hasSuffix(".yaml") }.sorted()
            let value = YAMLValue.mapping([
                .init("apiVersion", .string("kustomize.config.k8s.io/v1beta1")),
                .init("kind", .string("Kustomization")),
                .init("resources", .sequence((files + folders).map { .string($0) })),
            ])
            tree.add(prefix + "kustomization.yaml", YAMLEmitter.emit(value))
        }
    }
}
