import MigrationCore

/// The HTTPRoutes attached to one listener, indexed so that a request looks only at the routes
/// that can serve its host and at the matches that can accept its path, not at every rule on
/// the listener: a host that thousands of Ingresses share has thousands of rules, and a
/// verification sends a request for each of them.
///
/// It only narrows the search. Every candidate is still checked with ``HostnameMatching`` and
/// ``RequestMatching``, in the order a full scan would meet it, so decisions are the same.
struct AttachedRouteIndex: Sendable {
    /// One match of one rule of an attached route.
    struct Entry: Sendable, Comparable {
        /// The route's position among the listener's attached routes.
        var position: Int
        var ruleIndex: Int
        var matchIndex: Int

        static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.position, lhs.ruleIndex, lhs.matchIndex) < (rhs.position, rhs.ruleIndex, rhs.matchIndex)
        }
    }

    /// Below this many attached routes, a scan is as quick.
    static let minimumRoutes = 8

    /// Routes with an exact hostname, by that hostname (lower-cased).
    private var routesByHost: [String: [Int]] = [:]
    /// The same, as sets.
    private var competitorsByHost: [String: Set<Int>] = [:]
    /// Routes with a wildcard hostname.
    private var wildcardRoutes: [Int] = []
    /// Routes without hostnames (for every host), which rank below every route whose hostname
    /// matches.
    private(set) var everyHostRoutes = Set<Int>()
    /// `Exact` matches by path, `PathPrefix` matches by their value without trailing `/`.
    private var exactMatches: [String: [Entry]] = [:]
    private var prefixMatches: [String: [Entry]] = [:]
    /// `RegularExpression` matches by the key of the literal text every path they accept
    /// begins with (``RegexLiteralBeginning/key(_:ignoringCase:)``): as written, or lower-cased
    /// for patterns that ignore case.
    private var regexMatches = LiteralBeginningTable<Entry>()
    private var caseInsensitiveRegexMatches = LiteralBeginningTable<Entry>()
    /// Matches checked for every request: regular expressions without a literal beginning, and
    /// `Exact` and `PathPrefix` values that are not ASCII (which the translation never writes).
    private var otherMatches: [Entry] = []

    init(_ attached: [AttachedRoute], routes: [HTTPRoute]) {
        for (position, entry) in attached.enumerated() {
            if let hostnames = entry.hostnames {
                for hostname in Set(hostnames.filter { !$0.hasPrefix("*.") }.map { $0.lowercased() }) {
                    routesByHost[hostname, default: []].append(position)
                }
                if hostnames.contains(where: { $0.hasPrefix("*.") }) { wildcardRoutes.append(position) }
            } else {
                everyHostRoutes.insert(position)
            }
            for (ruleIndex, rule) in routes[entry.routeIndex].rules.enumerated() {
                let matches = rule.matches.isEmpty ? [HTTPRouteMatch(pathType: .pathPrefix, path: "/")] : rule.matches
                for (matchIndex, match) in matches.enumerated() {
                    let indexed = Entry(position: position, ruleIndex: ruleIndex, matchIndex: matchIndex)
                    switch match.pathType {
                    case .exact where Self.isASCII(match.path): exactMatches[match.path, default: []].append(indexed)
                    case .pathPrefix where Self.isASCII(match.path): prefixMatches[RequestMatching.trimmedPrefix(match.path), default: []].append(indexed)
                    case .regularExpression:
                        if let found = RegexLiteralBeginning.withCase(of: match.path), !found.beginning.isEmpty {
                            if found.ignoresCase {
                                caseInsensitiveRegexMatches.add(indexed, beginning: RegexLiteralBeginning.key(found.beginning, ignoringCase: true))
                            } else {
                                regexMatches.add(indexed, beginning: RegexLiteralBeginning.key(found.beginning, ignoringCase: false))
                            }
                        } else {
                            otherMatches.append(indexed)
                        }
                    default: otherMatches.append(indexed)
                    }
                }
            }
        }
        competitorsByHost = routesByHost.mapValues { Set($0) }
    }

    /// The routes that compete for a request to `hostname` when some route names it exactly:
    /// an exact hostname outranks every wildcard and the routes for every host, so those are
    /// the routes that name it. nil otherwise (or for a host name that is not ASCII, whose
    /// lower-casing could change its length, and so its rank).
    func exactCompetitors(_ hostname: String) -> Set<Int>? {
        guard hostname.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return competitorsByHost[hostname]
    }

    /// The positions of the routes that may serve `hostname`, in order.
    func routes(for hostname: String) -> [Int] {
        (specificRoutes(for: hostname) + everyHostRoutes).sorted()
    }

    /// The positions of the routes with hostnames that may match `hostname` (not those for
    /// every host), in order.
    func specificRoutes(for hostname: String) -> [Int] {
        ((routesByHost[hostname] ?? []) + wildcardRoutes).sorted()
    }

    /// The matches that may accept `path`, in the order a scan of the routes would meet them.
    func entries(for path: String) -> [Entry] {
        var found = (exactMatches[path] ?? []) + otherMatches
        // A pattern with a literal beginning can accept only the paths whose key begins with
        // the beginning's key (in lower case for a pattern that ignores case).
        found += regexMatches.values(beginning: RegexLiteralBeginning.key(path, ignoringCase: false))
        found += caseInsensitiveRegexMatches.values(beginning: RegexLiteralBeginning.key(path, ignoringCase: true))
        // A prefix matches the path itself, or the path up to any `/` of it; `/` (empty once
        // trimmed) matches every path that starts with `/`.
        found += prefixMatches[path] ?? []
        if Self.isASCII(path) {
            var bytes = Array(path.utf8)
            while let slash = bytes.lastIndex(of: UInt8(ascii: "/")) {
                bytes.removeSubrange(slash...)
                found += prefixMatches[String(decoding: bytes, as: UTF8.self)] ?? []
            }
        } else {
            // Compared as `String`s are (character by character, up to canonical
            // equivalence): a `/` with a combining mark on it is not a `/`.
            for slash in path.indices where path[slash] == "/" {
                found += prefixMatches[String(path[..<slash])] ?? []
            }
        }
        return found.sorted()
    }

    private static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }
}

