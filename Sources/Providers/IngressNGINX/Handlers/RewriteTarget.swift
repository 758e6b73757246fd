import MigrationCore

/// `rewrite-target`: nginx replaces the whole request path with the target after substituting
/// `$n` with the path pattern's capture groups (the query string is kept).
///
/// A target without captures is a `ReplaceFullPath`. The capture idioms people use to strip a
/// prefix become `ReplacePrefixMatch`: `P(/|$)(.*)` with `B/$2`, `P/(.*)` with `B/$1`, and
/// `P(.*)` with `$1`. For a path without capture groups, `$1`…`$9` are empty and the target is a
/// `ReplaceFullPath`. Anything else cannot be expressed with standard filters.
enum RewriteTarget {
    enum Outcome: Equatable {
        case rewrite(PathModifier, difference: String?)
        case inexpressible(String)
    }

    static func translate(_ target: String, for path: RegexPath) -> Outcome {
        guard target.contains("$") else { return .rewrite(.replaceFullPath(target), difference: nil) }
        // A path without capture groups leaves `$1`…`$9` empty: the target is a fixed path.
        if !path.captures, let fixed = withoutCaptureReferences(target) {
            return .rewrite(.replaceFullPath(fixed.isEmpty ? "/" : fixed), difference: nil)
        }
        switch path {
        case .slashOrEndThenRest(let prefix):
            return prefixReplacement(target, capture: "$2", bare: prefix)
        case .slashThenRest(let prefix):
            return prefixReplacement(target, capture: "$1", bare: prefix)
        case .characterPrefix(_, captures: true) where target == "$1" || target == "/$1":
            return .rewrite(.replacePrefixMatch("/"), difference: target == "/$1" ? "nginx doubled the slash after the prefix (//x); the Gateway sends /x" : nil)
        default:
            return .inexpressible("the target uses capture groups in a way standard URLRewrite cannot express")
        }
    }

    /// The target with every `$1`…`$9` removed; nil when another `$` remains (an nginx
    /// variable, or `$0`).
    private static func withoutCaptureReferences(_ target: String) -> String? {
        var result = ""
        var rest = target[...]
        while let character = rest.popFirst() {
            guard character == "$" else {
                result.append(character)
                continue
            }
            guard let digit = rest.first?.wholeNumberValue, digit >= 1 else { return nil }
            rest.removeFirst()
        }
        return result
    }

    private static func prefixReplacement(_ target: String, capture: String, bare prefix: String) -> Outcome {
        guard target.hasSuffix(capture) else {
            return .inexpressible("the target does not end with \(capture)")
        }
        let base = String(target.dropLast(capture.count))
        guard !base.contains("$"), base.hasSuffix("/") else {
            return .inexpressible("the text before \(capture) must be a path ending in /")
        }
        var replacement = base
        while replacement.count > 1 && replacement.hasSuffix("/") { replacement.removeLast() }
        let difference = replacement == "/" ? nil : "a request for \(prefix) itself goes to \(replacement) instead of \(base)"
        return .rewrite(.replacePrefixMatch(replacement), difference: difference)
    }
}
