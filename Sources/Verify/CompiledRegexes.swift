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
        /// True for a Gateway API pattern, whose entry is nil when the pattern is outside the
        /// dialect.
        var gatewayDialect = false
    }

    private let lock = NSLock()
    /// Each pattern's regex; nil for a pattern that does not compile.
    private var compiled: [Key: Regex<AnyRegexOutput>?] = [:]

    /// The regex of `pattern` (case-insensitive when asked), or nil when it does not compile.
    func regex(_ pattern: String, ignoresCase: Bool = false) -> Regex<AnyRegexOutput>? {
        cached(Key(pattern: pattern, ignoresCase: ignoresCase)) {
            (try? Regex(pattern)).map { ignoresCase ? $0.ignoresCase() : $0 }
        }
    }

    /// The regex of a Gateway API pattern, or nil when it is outside the dialect
    /// (``RegularExpressionDialect/isSupported(_:)``, judged once per pattern) or does not
    /// compile.
    func gatewayRegex(_ pattern: String) -> Regex<AnyRegexOutput>? {
        cached(Key(pattern: pattern, ignoresCase: false, gatewayDialect: true)) {
            RegularExpressionDialect.isSupported(pattern) ? regex(pattern) : nil
        }
    }

    /// The entry of `key`, made by `make` the first time (outside the lock: `make` may look up
    /// other entries).
    private func cached(_ key: Key, _ make: () -> Regex<AnyRegexOutput>?) -> Regex<AnyRegexOutput>? {
        lock.lock()
        if let known = compiled[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let made = make()
        lock.lock()
        defer { lock.unlock() }
        if let known = compiled[key] { return known }
        compiled[key] = made
        return made
    }
}
