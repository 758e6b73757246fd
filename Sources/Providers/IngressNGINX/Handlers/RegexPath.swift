/// How a path written for ingress-nginx's regex mode (`~* ^<path>`) is matched on a Gateway,
/// and which part of the request path each capture group holds.
enum RegexPath: Equatable {
    /// A path without regex syntax: nginx matched it as a case-insensitive character prefix.
    case plain(prefix: String)
    /// `P(/|$)(.*)`: `$1` is `/` or empty, `$2` is the rest after `P/`.
    case slashOrEndThenRest(prefix: String)
    /// `P/(.*)`: `$1` is the rest after `P/`; the bare `P` did not match.
    case slashThenRest(prefix: String)
    /// `P(.*)` or `P.*`: a character prefix; `$1` (when captured) is everything after `P`.
    case characterPrefix(prefix: String, captures: Bool)
    /// Any other pattern.
    case pattern(String)

    /// Whether the pattern may have capture groups (`$1`… in a rewrite target refer to them).
    var captures: Bool {
        switch self {
        case .plain, .characterPrefix(_, captures: false): false
        case .slashOrEndThenRest, .slashThenRest, .characterPrefix(_, captures: true), .pattern: true
        }
    }

    static let metacharacters: Set<Character> = ["(", ")", "[", "]", "{", "}", "*", "+", "?", "|", "^", "$", "\\", "."]

    init(_ path: String) {
        func isPlain(_ text: Substring) -> Bool {
            !text.contains { Self.metacharacters.contains($0) && $0 != "." } && !text.contains("..")
        }
        if path.hasSuffix("(/|$)(.*)"), isPlain(path.dropLast(9)) {
            self = .slashOrEndThenRest(prefix: String(path.dropLast(9)))
        } else if path.hasSuffix("/(.*)"), isPlain(path.dropLast(5)) {
            self = .slashThenRest(prefix: String(path.dropLast(5)))
        } else if path.hasSuffix("(.*)"), isPlain(path.dropLast(4)) {
            self = .characterPrefix(prefix: String(path.dropLast(4)), captures: true)
        } else if path.hasSuffix(".*"), isPlain(path.dropLast(2)) {
            self = .characterPrefix(prefix: String(path.dropLast(2)), captures: false)
        } else if isPlain(Substring(path)) {
            self = .plain(prefix: path)
        } else {
            self = .pattern(path)
        }
    }

    /// The Gateway match: a `PathPrefix` on the literal prefix where there is one (`/` for an
    /// empty prefix), otherwise a case-insensitive regular expression anchored as nginx's.
    var match: HTTPRouteMatchChoice {
        switch self {
        case .plain(let prefix), .slashOrEndThenRest(let prefix), .slashThenRest(let prefix), .characterPrefix(let prefix, _):
            var trimmed = prefix
            while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
            return .prefix(trimmed.isEmpty ? "/" : trimmed)
        case .pattern(let pattern):
            let body = pattern.hasPrefix("^") ? String(pattern.dropFirst()) : pattern
            return .regex("(?i)" + body + ".*")
        }
    }

    /// What differs between nginx's match and the Gateway match, for the report.
    var matchDifference: String? {
        switch self {
        case .plain, .slashOrEndThenRest: nil
        case .slashThenRest(let prefix): "the Gateway also matches \(prefix) itself, which nginx did not"
        case .characterPrefix(let prefix, _): "nginx matched any path starting with the characters \(prefix) (e.g. \(prefix)x); the Gateway matches whole segments"
        case .pattern: "regular-expression precedence and dialect are implementation-specific"
        }
    }
}

/// A Gateway path match chosen for a regex-mode path.
enum HTTPRouteMatchChoice: Equatable {
    case prefix(String)
    case regex(String)
}
