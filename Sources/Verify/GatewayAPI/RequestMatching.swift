import MigrationCore

/// Whether an HTTPRoute match accepts a request. Every condition of one match must hold.
///
/// - `Exact`: the path equals the value, case-sensitively.
/// - `PathPrefix`: the value without its trailing `/` is a prefix of the path made of whole
///   path elements: `/abc` matches `/abc`, `/abc/` and `/abc/def`, not `/abcd`. `/` matches all.
/// - `RegularExpression`: see ``RegularExpressionDialect``.
/// - headers: names case-insensitive, values exact (or regex); repeated request headers are
///   joined with `,`. Query parameters: names and values exact (or regex), the first value of
///   a repeated parameter. Method: exact.
///
/// Paths are compared as sent: no percent-decoding and no dot-segment or slash merging.
enum RequestMatching {
    static func matches(_ match: HTTPRouteMatch, _ request: ProbeRequest) -> Bool {
        guard pathMatches(match.pathType, match.path, request.path) else { return false }
        if let method = match.method, method != request.method { return false }
        var seenHeaders = Set<String>()
        for header in match.headers where seenHeaders.insert(header.name.lowercased()).inserted {
            guard let value = request.header(header.name) else { return false }
            let ok = header.isRegularExpression ? RegularExpressionDialect.fullMatch(header.value, value) : value == header.value
            if !ok { return false }
        }
        let parameters = request.queryParameters
        var seenParameters = Set<String>()
        for parameter in match.queryParams where seenParameters.insert(parameter.name).inserted {
            guard let value = parameters.first(where: { $0.name == parameter.name })?.value else { return false }
            let ok = parameter.isRegularExpression ? RegularExpressionDialect.fullMatch(parameter.value, value) : value == parameter.value
            if !ok { return false }
        }
        return true
    }

    static func pathMatches(_ type: HTTPRouteMatch.PathType, _ value: String, _ path: String) -> Bool {
        switch type {
        case .exact:
            return path == value
        case .pathPrefix:
            let prefix = trimmedPrefix(value)
            if prefix.isEmpty { return path.hasPrefix("/") }
            return path == prefix || path.hasPrefix(prefix + "/")
        case .regularExpression:
            return RegularExpressionDialect.fullMatch(value, path)
        }
    }

    /// A prefix value without its trailing `/` (`/` itself becomes empty).
    static func trimmedPrefix(_ value: String) -> String {
        var prefix = value
        while prefix.hasSuffix("/") { prefix.removeLast() }
        return prefix
    }
}
