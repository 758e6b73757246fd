/// How much a finding matters.
///
/// - `error`: behaviour or security would change if the output were applied as is.
/// - `warning`: a feature was not translated, or only approximated.
/// - `info`: a choice the tool made that a reviewer should know about.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
