/// One thing the report tells the user: what happened, where in the input, and what to do.
///
/// Findings are values: stages append them to a ``FindingList`` and carry on. Nothing in the
/// core prints them; the command line renders them.
public struct Finding: Hashable, Sendable {
    /// How much it matters.
    public var severity: Severity
    /// The stable code, e.g. `I2GW-PATH-CONFLICT`.
    public var code: FindingCode
    /// The provider that raised it (`ingress-nginx`), or nil for the provider-neutral core.
    public var provider: String?
    /// The source object, when the finding is about one.
    public var object: ObjectRef?
    /// Where in the input: the annotation, field or document the finding points at.
    public var location: SourceLocation?
    /// What happened, in one sentence. Never contains Secret data or annotation values that
    /// could hold credentials.
    public var message: String
    /// What to do about it, when there is something to do.
    public var hint: String?

    /// Creates a finding; severity defaults to the code's usual severity.
    public init(
        _ code: FindingCode, severity: Severity? = nil, provider: String? = nil,
        object: ObjectRef? = nil, at location: SourceLocation? = nil,
        message: String, hint: String? = nil
    ) {
        self.severity = severity ?? code.defaultSeverity
        self.code = code
        self.provider = provider
        self.object = object
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// Sort key that makes reports deterministic: by file, line, column, then code and message (the
    /// remaining fields break ties, so the order never depends on the order findings were raised).
    static func ordered(_ lhs: Finding, _ rhs: Finding) -> Bool {
        let left = lhs.location ?? SourceLocation(file: "", line: 0, column: 0)
        let right = rhs.location ?? SourceLocation(file: "", line: 0, column: 0)
        if left != right { return left < right }
        if lhs.code.id != rhs.code.id { return lhs.code.id < rhs.code.id }
        if lhs.message != rhs.message { return lhs.message < rhs.message }
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        if lhs.object != rhs.object { return (lhs.object?.description ?? "") < (rhs.object?.description ?? "") }
        if lhs.provider != rhs.provider { return (lhs.provider ?? "") < (rhs.provider ?? "") }
        return (lhs.hint ?? "") < (rhs.hint ?? "")
    }
}

/// An ordered collection of findings that stages append to.
public struct FindingList: Sendable {
    /// The findings in the order they were raised.
    public private(set) var all: [Finding] = []

    /// Creates an empty list.
    public init() {}

    /// Adds a finding.
    public mutating func add(_ finding: Finding) { all.append(finding) }

    /// Adds several findings.
    public mutating func add(contentsOf findings: [Finding]) { all.append(contentsOf: findings) }

    /// The findings sorted by location, with exact duplicates removed (the list is kept).
    public var sorted: [Finding] {
        var copy = self
        return copy.takeSorted()
    }

    /// The findings sorted by location, with exact duplicates removed, the list given up: they
    /// are sorted and deduplicated in place rather than copied (at the end of a run on a large
    /// cluster, a copy of every finding would sit beside the output). Positions are sorted
    /// rather than the findings themselves, which are large to move; equal findings are then
    /// neighbours (or within one run of findings the order cannot tell apart), so duplicates
    /// are dropped without a set of every finding.
    public mutating func takeSorted() -> [Finding] {
        var findings = all
        all = []
        findings.permute(by: PositionOrder.sortedIndices(of: findings, location: \.location, tieBreak: Finding.ordered))
        // The findings kept are `findings[..<kept]`, each moved down to its place.
        var kept = 0
        var runStart = 0
        for index in findings.indices {
            if kept > 0, Finding.ordered(findings[runStart], findings[index]) { runStart = kept }
            guard !findings[runStart..<kept].contains(findings[index]) else { continue }
            if kept != index { findings.swapAt(kept, index) }
            kept += 1
        }
        findings.removeSubrange(kept...)
        return findings
    }

    /// The highest severity present, or nil when there are no findings.
    public var highestSeverity: Severity? { all.map(\.severity).max() }
}
