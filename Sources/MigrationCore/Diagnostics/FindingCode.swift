/// A stable identifier for a kind of finding, with its usual severity and a one-line summary.
///
/// Codes never change meaning once published: CI configurations and suppressions refer to
/// them. Every code is listed in ``FindingCode/catalog`` so that `docs/findings.md` can be
/// generated from it.
public struct FindingCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The code users see, e.g. `I2GW-PATH-CONFLICT`.
    public var id: String
    /// The severity findings of this code usually have.
    public var defaultSeverity: Severity
    /// What the code means, in one sentence.
    public var summary: String

    /// Declares a code.
    public init(_ id: String, _ defaultSeverity: Severity, _ summary: String) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.summary = summary
    }

    public var description: String { id }

    public static func == (lhs: FindingCode, rhs: FindingCode) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
    public static func < (lhs: FindingCode, rhs: FindingCode) -> Bool { lhs.id < rhs.id }
}
