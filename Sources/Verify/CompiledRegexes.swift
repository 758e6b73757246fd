import Foundation

/// Regular expressions compiled once per pattern and kept: the engines try the same few
/// patterns (regex paths, header patterns) on thousands of requests, and compiling one costs
/// far more than matching it. Patterns come from the input, so the cache is bounded by it.
final class CompiledRegexes: @unchecked Sendable {
    /// The cache every engine shares.
    static let shared = CompiledRegexes()

    private struct Key: Hashable {
        var pattern: String
        var ignoresCase: Bool
    }

    private let lock = NSLock()
    /// Each pattern's regex; nil for a pattern that does not compile.
    private var compiled: [Key: Regex<AnyRegexOutput>?] = [:]

    /// The regex of `pattern` (case-insensitive when asked), or nil when it does not compile.
    func regex(_ pattern: String, ignoresCase: Bool = false) -> Regex<AnyRegexOutput>? {
        let key = Key(pattern: pattern, ignoresCase: ignoresCase)
        lock.lock()
        defer { lock.unlock() }
        if let known = compiled[key] { return known }
        let regex = (try? Regex(pattern)).map { ignoresCase ? $0.ignoresCase() : $0 }
        compiled[key] = regex
        return regex
    }
}
