/// Everything a report says about one run, whatever its format: the findings, a summary, and
/// what became of each Ingress. Built once from a ``MigrationRun``; the renderers in this folder
/// (one per ``ReportFormat``) only lay it out.
public struct MigrationReport: Sendable {
    /// Findings at or above this severity fail the run (`--fail-on`); nil never fails.
    public var failOn: Severity?
    /// Every finding, sorted by location.
    public var findings: [Finding]
    /// Counts: Ingresses, generated objects, findings, annotations.
    public var summary: ReportSummary
    /// One entry per Ingress, in order of location.
    public var ingresses: [IngressMapping]
    /// Indices into ``findings`` of the findings about no Ingress (documents that are not
    /// objects, objects of other kinds).
    public var otherFindings: [Int]
    /// Every code the tool can raise, sorted: the rules of the SARIF output.
    public var catalog: [FindingCode]

    /// Builds the report of a run. `catalog` is every code the tool knows (the providers'
    /// included); codes that findings use are added when missing.
    public init(run: MigrationRun, failOn: Severity?, catalog: [FindingCode]) {
        self.failOn = failOn
        findings = run.findings
        summary = ReportSummary(run: run)
        self.catalog = Array(Set(catalog + run.findings.map(\.code))).sorted()
        var mappings = IngressMapping.entries(for: run)
        var byObject: [ObjectRef: [Int]] = [:]
        for (index, mapping) in mappings.enumerated() { byObject[mapping.object, default: []].append(index) }
        var other: [Int] = []
        for (index, finding) in run.findings.enumerated() {
            if let owner = IngressMapping.owner(of: finding, among: mappings, byObject: byObject) {
                mappings[owner].findings.append(index)
            } else {
                other.append(index)
            }
        }
        ingresses = mappings
        otherFindings = other
        summary.ingressesUnreadable = mappings.count - run.ingresses.count
    }

    /// Whether a finding at or above ``failOn`` exists: the run exits with status 1.
    public var failed: Bool {
        guard let failOn else { return false }
        return findings.contains { $0.severity >= failOn }
    }

    /// Whether `finding` fails the run.
    public func fails(_ finding: Finding) -> Bool {
        failOn.map { finding.severity >= $0 } ?? false
    }
}

/// What became of one Ingress: the objects generated from it and the findings about it.
public struct IngressMapping: Sendable {
    /// The Ingress.
    public var object: ObjectRef
    /// Where the Ingress starts; for an Ingress that could not be read, where the problem is.
    public var location: SourceLocation
    /// Whether the Ingress could be read; an Ingress of the wrong shape is skipped, and only its
    /// findings say why.
    public var read = true
    /// The provider that served it; nil when no selected provider serves its class (or it
    /// could not be read).
    public var provider: String?
    /// The generated objects that came (at least partly) from it, in output order.
    public var generated: [ObjectRef]
    /// Indices into ``MigrationReport/findings`` of the findings about it.
    public var findings: [Int] = []
    /// What the provider did with each of its annotations, in order of location.
    public var annotations: [AnnotationOutcome]

    /// One entry per Ingress read, plus one per Ingress that a finding names but that could not
    /// be read (an object of the wrong shape), sorted by location.
    static func entries(for run: MigrationRun) -> [IngressMapping] {
        var generated: [SourceRef: [ObjectRef]] = [:]
        for document in run.documents {
            for source in document.sources {
                generated[source, default: []].append(ObjectRef(kind: document.kind, namespace: document.namespace, name: document.name))
            }
        }
        var annotations: [AnnotationKey: [AnnotationOutcome]] = [:]
        for outcome in run.annotations {
            annotations[AnnotationKey(object: outcome.object, file: outcome.location.file), default: []].append(outcome)
        }
        var entries = run.ingresses.map { source in
            IngressMapping(
                object: source.object, location: source.location, provider: run.ingressProviders[source],
                generated: generated[source] ?? [],
                annotations: annotations[AnnotationKey(object: source.object, file: source.location.file)] ?? [])
        }
        let known = Set(run.ingresses.map(\.object))
        var unread = Set<ObjectRef>()
        for finding in run.findings {
            guard let object = finding.object, object.kind == "Ingress", !known.contains(object), let location = finding.location,
                unread.insert(object).inserted
            else { continue }
            entries.append(IngressMapping(object: object, location: location, read: false, provider: nil, generated: [], annotations: []))
        }
        return entries.sorted { ($0.location, $0.object) < ($1.location, $1.object) }
    }

    /// The entry a finding is about: the Ingress it names; when several Ingresses share the
    /// name, the last one that starts before the finding in the same file.
    static func owner(of finding: Finding, among entries: [IngressMapping], byObject: [ObjectRef: [Int]]) -> Int? {
        guard let object = finding.object, object.kind == "Ingress", let candidates = byObject[object] else { return nil }
        guard candidates.count > 1, let location = finding.location else { return candidates.first }
        let before = candidates.filter { entries[$0].location.file == location.file && entries[$0].location <= location }
        return before.last ?? candidates.first
    }

    /// Annotations are matched to their Ingress by name and file.
    private struct AnnotationKey: Hashable {
        var object: ObjectRef
        var file: String
    }

    /// The highest severity of its findings, or nil when it has none.
    public func highestSeverity(in report: MigrationReport) -> Severity? {
        findings.map { report.findings[$0].severity }.max()
    }

    /// Whether one of its findings fails the run.
    public func failed(in report: MigrationReport) -> Bool {
        findings.contains { report.fails(report.findings[$0]) }
    }
}
