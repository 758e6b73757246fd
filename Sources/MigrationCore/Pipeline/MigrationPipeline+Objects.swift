/// A run that also keeps what the emitter turns into text: the parsed input and the generated
/// objects, for commands that reason about them (`verify`).
public struct TranslatedRun: Sendable {
    /// The run as `print` reports it.
    public var run: MigrationRun
    /// What the parser read.
    public var manifests: ParsedManifests
    /// What the translation generated.
    public var objects: GeneratedObjects
}

extension MigrationPipeline {
    /// Runs stages 2–4 like ``run(_:)`` and keeps the parsed input and the generated objects.
    public func runKeepingObjects(_ files: [SourceFile]) throws(InputError) -> TranslatedRun {
        var findings = FindingList()
        let manifests = try parser.parse(files, findings: &findings)
        let result = translator.translate(manifests, findings: &findings)
        let documents = encoder.encode(result.objects)
        let run = MigrationRun(
            documents: documents, findings: findings.takeSorted(), ingressesRead: manifests.ingresses.count,
            ingressesPerProvider: result.ingressesPerProvider)
        return TranslatedRun(run: run, manifests: manifests, objects: result.objects)
    }
}
