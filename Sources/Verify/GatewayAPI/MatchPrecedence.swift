import MigrationCore

/// A match that accepted the request, with what orders it against the others.
struct MatchCandidate: Sendable {
    var routeIndex: Int
    var ruleIndex: Int
    var matchIndex: Int
    var match: HTTPRouteMatch
    var route: HTTPRoute
}

/// The specification's order among matches of every route on the listener that accept a
/// request, first difference wins:
///
/// 1. an `Exact` path match; then `RegularExpression` (implementation-specific: this engine
///    puts it between `Exact` and `PathPrefix`, longer patterns first, as Envoy-based
///    implementations do); then `PathPrefix` with the most characters;
/// 2. a method match;
/// 3. the most header matches;
/// 4. the most query parameter matches;
/// 5. the oldest route (`creationTimestamp`), then `namespace/name` alphabetically;
/// 6. within a route, the first rule, then the first match.
enum MatchPrecedence {
    static func best(_ candidates: [MatchCandidate]) -> MatchCandidate? {
        candidates.min(by: precedes)
    }

    static func precedes(_ lhs: MatchCandidate, _ rhs: MatchCandidate) -> Bool {
        let left = key(lhs)
        let right = key(rhs)
        for (a, b) in zip(left, right) where a != b { return a > b }
        let leftRoute = (lhs.route.meta.creationTimestamp ?? "", lhs.route.meta.namespace, lhs.route.meta.name)
        let rightRoute = (rhs.route.meta.creationTimestamp ?? "", rhs.route.meta.namespace, rhs.route.meta.name)
        if leftRoute != rightRoute { return leftRoute < rightRoute }
        return (lhs.ruleIndex, lhs.matchIndex) < (rhs.ruleIndex, rhs.matchIndex)
    }

    /// Larger is more specific, element by element.
    private static func key(_ candidate: MatchCandidate) -> [Int] {
        let match = candidate.match
        let pathRank: [Int]
        switch match.pathType {
        case .exact: pathRank = [3, match.path.count]
        case .regularExpression: pathRank = [2, match.path.count]
        case .pathPrefix: pathRank = [1, match.path.count]
        }
        let headers = Set(match.headers.map { $0.name.lowercased() }).count
        let parameters = Set(match.queryParams.map(\.name)).count
        return pathRank + [match.method == nil ? 0 : 1, headers, parameters]
    }
}
