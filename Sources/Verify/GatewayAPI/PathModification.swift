import MigrationCore

/// `ReplaceFullPath` and `ReplacePrefixMatch`, for URL rewrites and redirects.
///
/// `ReplacePrefixMatch` replaces the part of the path the `PathPrefix` matched, element by
/// element: the matched prefix and the replacement are both taken without a trailing `/`,
/// the rest of the path (which is empty or starts with `/`) is appended to the replacement,
/// and an empty result is `/`. So with prefix `/foo`: `/foo/bar` → `/xyz/bar` for `/xyz` or
/// `/xyz/`, `/foo/` → `/xyz/`, `/foo` → `/xyz`; with an empty or `/` replacement, `/foo/bar` →
/// `/bar` and `/foo` → `/`.
enum PathModification {
    /// The new path, or nil when `ReplacePrefixMatch` is used without a `PathPrefix` match (a
    /// route the specification says is not accepted).
    static func apply(_ modifier: PathModifier, to path: String, matched: HTTPRouteMatch) -> String? {
        switch modifier {
        case .replaceFullPath(let value):
            return value.isEmpty ? "/" : value
        case .replacePrefixMatch(let replacement):
            guard matched.pathType == .pathPrefix else { return nil }
            let prefix = RequestMatching.trimmedPrefix(matched.path)
            let rest = path.count >= prefix.count ? String(path.dropFirst(prefix.count)) : ""
            let result = RequestMatching.trimmedPrefix(replacement) + rest
            return result.isEmpty ? "/" : result
        }
    }

    /// A target with its path replaced and its query kept.
    static func target(_ path: String, query: String?) -> String {
        guard let query else { return path }
        return path + "?" + query
    }
}

/// The exact `Location` of a `RequestRedirect`.
///
/// - scheme: the filter's, else the request's;
/// - host: the filter's `hostname`, else the request's host name (without its port);
/// - port: the filter's; else, when the filter sets a scheme, that scheme's well-known port
///   (80, 443); else the listener's port. It is left out when it is the scheme's own port
///   (http and 80, https and 443);
/// - path: the request path, or the filter's modified path; the query is kept;
/// - status: the filter's, else 302.
enum RedirectLocation {
    static func outcome(
        _ redirect: RequestRedirect, request: ProbeRequest, listenerPort: Int, matched: HTTPRouteMatch
    ) -> RoutingOutcome {
        let scheme = redirect.scheme ?? request.scheme.rawValue
        let port: Int
        if let explicit = redirect.port {
            port = explicit
        } else if let named = redirect.scheme {
            port = named == "https" ? 443 : (named == "http" ? 80 : listenerPort)
        } else {
            port = listenerPort
        }
        let omitPort = (scheme == "http" && port == 80) || (scheme == "https" && port == 443)
        var path = request.path
        if let modifier = redirect.path {
            guard let modified = PathModification.apply(modifier, to: path, matched: matched) else {
                return .response(statusCode: 500, reason: "ReplacePrefixMatch without a PathPrefix match; the route is not accepted")
            }
            path = modified
        }
        let host = redirect.hostname ?? request.hostname
        let location = "\(scheme)://\(host)\(omitPort ? "" : ":\(port)")\(PathModification.target(path, query: request.query))"
        return .redirect(statusCode: redirect.statusCode ?? 302, location: location)
    }
}
