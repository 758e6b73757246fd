/// The counts at the top of every report.
public struct ReportSummary: Sendable {
    /// How many Ingresses the input had (after namespace filtering).
    public var ingressesRead: Int
    /// How many Ingresses each provider translated, sorted by provider.
    public var ingressesPerProvider: [(provider: String, count: Int)]
    /// Ingresses read that no selected provider serves (no class, or a class of another controller).
    public var ingressesWithoutProvider: Int
    /// Ingresses that could not be read (an object of the wrong shape): not in ``ingressesRead``.
    public var ingressesUnreadable = 0
    /// Generated objects per kind, in output order of kinds.
    public var objectsPerKind: [(kind: String, count: Int)]
    /// Findings per severity.
    public var findingsPerSeverity: [Severity: Int]
    /// Annotation outcomes per provider and key, sorted by provider then key.
    public var annotations: [AnnotationTally]

    /// Counts the run.
    public init(run: MigrationRun) {
        ingressesRead = run.ingressesRead
        ingressesPerProvider = run.ingressesPerProvider.keys.sorted().map { ($0, run.ingressesPerProvider[$0]!) }
        ingressesWithoutProvider = run.ingressesRead - run.ingressesPerProvider.values.reduce(0, +)
        objectsPerKind = run.objectsPerKind
        var severities: [Severity: Int] = [:]
        for severity in Severity.allCases { severities[severity] = run.count(severity) }
        findingsPerSeverity = severities
        var tallies: [AnnotationTally.Key: AnnotationTally] = [:]
        for outcome in run.annotations {
            let key = AnnotationTally.Key(provider: outcome.provider, key: outcome.key)
            tallies[key, default: AnnotationTally(provider: outcome.provider, key: outcome.key)].add(outcome.status)
        }
        annotations = tallies.keys.sorted().map { tallies[$0]! }
    }

    /// `4 (ingress-nginx: 3, no provider: 1); 1 more could not be read`.
    public var ingressesSentence: String {
        var details = ingressesPerProvider.map { "\($0.provider): \($0.count)" }
        if ingressesWithoutProvider > 0 { details.append("no provider: \(ingressesWithoutProvider)") }
        var text = "\(ingressesRead)" + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
        if ingressesUnreadable > 0 { text += "; \(ingressesUnreadable) more could not be read" }
        return text
    }

    /// `1 Namespace, 1 Gateway, 2 HTTPRoute`, or `nothing`.
    public var objectsSentence: String {
        objectsPerKind.isEmpty ? "nothing" : objectsPerKind.map { "\($0.count) \($0.kind)" }.joined(separator: ", ")
    }

    /// `2 errors, 6 warnings, 2 infos`.
    public var findingsSentence: String {
        Severity.allCases.reversed().map { Plural.count(count($0), $0.rawValue, $0.rawValue + "s") }.joined(separator: ", ")
    }

    /// The number of findings of a severity.
    public func count(_ severity: Severity) -> Int { findingsPerSeverity[severity] ?? 0 }

    /// The annotation tallies added up per provider (`key` is empty), sorted by provider.
    public var annotationsPerProvider: [AnnotationTally] {
        var totals: [String: AnnotationTally] = [:]
        for tally in annotations { totals[tally.provider, default: AnnotationTally(provider: tally.provider, key: "")].add(tally) }
        return totals.keys.sorted().map { totals[$0]! }
    }

    /// Every annotation tally added up (`provider` and `key` are empty).
    public var annotationTotal: AnnotationTally {
        annotations.reduce(into: AnnotationTally(provider: "", key: "")) { $0.add($1) }
    }
}

/// How many annotations of one key (or one provider, or all) ended in each status.
public struct AnnotationTally: Sendable, Hashable {
    /// The provider; empty in the grand total.
    public var provider: String
    /// The full annotation key; empty in per-provider and grand totals.
    public var key: String
    /// The count per status.
    public var counts: [AnnotationOutcome.Status: Int] = [:]

    /// Creates an empty tally.
    public init(provider: String, key: String) {
        self.provider = provider
        self.key = key
    }

    /// How many annotations were seen: every status added up.
    public var seen: Int { counts.values.reduce(0, +) }

    /// The count of one status.
    public func count(_ status: AnnotationOutcome.Status) -> Int { counts[status] ?? 0 }

    mutating func add(_ status: AnnotationOutcome.Status) { counts[status, default: 0] += 1 }

    mutating func add(_ other: AnnotationTally) {
        for (status, count) in other.counts { counts[status, default: 0] += count }
    }

    /// `3 seen: 1 translated, 0 approximated, 2 unsupported, 0 ignored`.
    public var sentence: String {
        "\(seen) seen: " + AnnotationOutcome.Status.allCases.map { "\(count($0)) \($0.rawValue)" }.joined(separator: ", ")
    }

    struct Key: Hashable, Comparable {
        var provider: String
        var key: String

        static func < (lhs: Key, rhs: Key) -> Bool { (lhs.provider, lhs.key) < (rhs.provider, rhs.key) }
    }
}
