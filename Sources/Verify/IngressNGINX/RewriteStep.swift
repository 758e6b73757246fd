import MigrationCore

/// `rewrite-target`, `use-regex`, `app-root` and `x-forwarded-prefix` (annotations.md,
/// "Rewrite", "App Root", "X-Forwarded-Prefix Header"; docs/examples/rewrite).
///
/// A location whose `rewrite-target` differs from its path (as the configuration writes it)
/// rewrites: nginx searches the request path for `(?i)<location path>` and, when it matches,
/// replaces the *whole* path with the target, `$1`…`$9` standing for the captures (an
/// unmatched group is empty), and keeps the query (after the target's own, if it has one). A
/// target starting with `http://` or `https://` makes nginx answer with a 302 to it instead.
/// Only a rewriting location sends `X-Forwarded-Prefix`. `use-regex` and rewriting put the
/// whole server in regex mode (``NGINXLocationMatching``); `app-root` is a server-level
/// redirect (``IngressNGINXEngine``).
public struct RewriteStep: NGINXAnnotationStep {
    /// Creates the step.
    public init() {}

    /// Reads the keys; values the controller rejects are ignored.
    public func configure(_ settings: inout NGINXLocationSettings, from ingress: Ingress, context: NGINXConfigurationContext) {
        let annotations = NGINXAnnotations(ingress)
        if let target = annotations.string("rewrite-target"), Self.isPathWithCaptures(target) {
            settings.rewrite.target = target
            settings.sources["rewrite-target"] = annotations.locations("rewrite-target")
        }
        if annotations.bool("use-regex") == true {
            settings.rewrite.useRegex = true
            settings.sources["use-regex"] = annotations.locations("use-regex")
        }
        if let root = annotations.string("app-root"), Self.isPathWithCaptures(root), root.hasPrefix("/") {
            settings.rewrite.appRoot = root
            settings.sources["app-root"] = annotations.locations("app-root")
        }
        if let prefix = annotations.string("x-forwarded-prefix") {
            settings.xForwardedPrefix = prefix
            settings.sources["x-forwarded-prefix"] = annotations.locations("x-forwarded-prefix")
        }
    }

    /// Rewrites the upstream path, or answers with the target's redirect.
    public func process(_ processing: inout NGINXRequestProcessing) {
        let location = processing.location
        guard location.rewrites, let target = location.settings.rewrite.target else { return }
        guard let regex = CompiledRegexes.shared.regex(location.path, ignoresCase: true), let match = try? regex.firstMatch(in: processing.request.path) else { return }
        let replaced = Self.substitute(target, captures: (0..<match.output.count).map { match.output[$0].substring.map(String.init) ?? "" })
        let query = processing.request.query
        let withQuery = query.map { replaced + (replaced.contains("?") ? "&" : "?") + $0 } ?? replaced
        // The value's location: the key's is where the translation reports regex mode, which
        // explains a request only when regex mode chose its location (see the engine).
        processing.decidingAnnotations += location.settings.sources["rewrite-target"]?.suffix(1) ?? []
        if replaced.hasPrefix("http://") || replaced.hasPrefix("https://") {
            processing.answer = .redirect(statusCode: 302, location: withQuery)
            return
        }
        processing.upstream.target = withQuery
        if let prefix = location.settings.xForwardedPrefix {
            processing.upstream.headers.set("X-Forwarded-Prefix", prefix)
            processing.decided(by: "x-forwarded-prefix")
        }
    }

    /// The target with `$1`…`$9` replaced by the captures (index 0 is the whole match).
    static func substitute(_ target: String, captures: [String]) -> String {
        var result = ""
        var characters = target[...]
        while let first = characters.first {
            characters = characters.dropFirst()
            if first == "$", let digit = characters.first?.wholeNumberValue, digit >= 1 {
                result += digit < captures.count ? captures[digit] : ""
                characters = characters.dropFirst()
            } else {
                result.append(first)
            }
        }
        return result
    }

    /// The controller's check for `rewrite-target` and `app-root` values: an optional leading
    /// `/`, then letters, digits, `-._~/:` and `$`.
    static func isPathWithCaptures(_ value: String) -> Bool {
        value.allSatisfy { $0.isASCIILetterOrDigit || "-._~/:$".contains($0) }
    }
}
