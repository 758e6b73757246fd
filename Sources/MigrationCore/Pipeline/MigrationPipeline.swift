/// The whole migration as one call, for the command line and for tests.
///
/// Stages and the types that cross them:
/// 1. ``InputLoader``: paths → `[SourceFile]`.
/// 2. ``ManifestParser``: `[SourceFile]` → ``ParsedManifests`` (the only stage that sees YAML).
/// 3. ``Translator``: ``ParsedManifests`` → ``TranslationResult`` (Gateway API objects).
/// 4. ``ObjectEncoder``: ``GeneratedObjects`` → `[EncodedDocument]`, then an ``OutputFormat``
///    renders them as text.
///
/// Every stage appends findings to one ``FindingList``. Unreadable or malformed input throws
/// ``InputError`` before anything is rendered.
public struct MigrationPipeline: Sendable {
    /// Stage 2.
    public var parser: ManifestParser
    /// Stage 3.
    public var translator: Translator
    /// Stage 4.
    public var encoder: ObjectEncoder

    /// Creates a pipeline.
    public init(parser: ManifestParser, translator: Translator, encoder: ObjectEncoder) {
        self.parser = parser
        self.translator = translator
        self.encoder = encoder
    }

    /// Runs stages 2–4 on files already read. The files are consumed: their bytes are released
    /// as soon as they are parsed.
    public func run(_ files: consuming [SourceFile]) throws(InputError) -> MigrationRun {
        var findings = FindingList()
        let manifests = try parser.parse(files, findings: &findings)
        _ = consume files
        let result = translator.translate(manifests, findings: &findings)
        // The parsed objects are released before the output is encoded (the run's peak
        // memory): only the Ingresses' names and places are kept.
        let ingresses = manifests.ingresses.map { SourceRef(object: $0.ref, location: $0.location) }
        _ = consume manifests
        let documents = encoder.encode(result.objects)
        return MigrationRun(
            documents: documents, findings: findings.takeSorted(), ingressesRead: ingresses.count,
            ingressesPerProvider: result.ingressesPerProvider, ingresses: ingresses,
            ingressProviders: result.ingressProviders, annotations: result.annotationOutcomes, attachments: result.attachments)
    }
}

/// The outcome of a run: the documents to render and everything to report.
public struct MigrationRun: Sendable {
    /// Generated objects in output order.
    public var documents: [EncodedDocument]
    /// Findings sorted by location.
    public var findings: [Finding]
    /// How many Ingresses the input had (after namespace filtering).
    public var ingressesRead: Int
    /// How many Ingresses each provider translated.
    public var ingressesPerProvider: [String: Int]
    /// Every Ingress read, in input order.
    public var ingresses: [SourceRef] = []
    /// The provider that translated each Ingress (Ingresses no provider serves are absent).
    public var ingressProviders: [SourceRef: String] = [:]
    /// What the providers did with each of their annotations, sorted by location.
    public var annotations: [AnnotationOutcome] = []
    /// The predicted attachment of every route to every parent.
    public var attachments: [AttachmentPrediction] = []

    /// The number of findings of each severity.
    public func count(_ severity: Severity) -> Int {
        // By position: a findings loop would copy every finding to read one field.
        findings.indices.reduce(0) { findings[$1].severity == severity ? $0 + 1 : $0 }
    }

    /// Whether any finding is at or above `threshold`.
    public func hasFindings(atOrAbove threshold: Severity) -> Bool {
        findings.contains { $0.severity >= threshold }
    }

    /// Generated objects per kind, in output order of kinds.
    public var objectsPerKind: [(kind: String, count: Int)] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for index in documents.indices {
            let kind = documents[index].kind
            if counts[kind] == nil { order.append(kind) }
            counts[kind, default: 0] += 1
        }
        return order.map { ($0, counts[$0]!) }
    }
}

/// The tool's version and the Gateway API version it targets.
public enum ToolVersion {
    /// The tool's version.
    public static let current = "0.1.0"
    /// The Gateway API release whose CRDs the output is validated against.
    public static let gatewayAPI = "v1.6.1"
    /// The generator annotation value.
    public static var generator: String { "i2gw-\(current)" }
}
