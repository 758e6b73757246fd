/// Route parts that thousands of hosts repeat — the plain-HTTP to HTTPS redirect filter, the
/// catch-all redirect rule, the HTTPS response headers — built once and shared, so each route
/// holds a reference to one array instead of an array of its own.
struct SharedRouteParts {
    private var redirectFilters: [Int: [HTTPRouteFilter]] = [:]
    private var catchAllRules: [Int: HTTPRouteRule] = [:]
    private var responseModifiers: [[HeaderValue]: HTTPRouteFilter] = [:]

    /// `[RequestRedirect scheme https]` with this status code.
    mutating func httpsRedirect(_ code: Int) -> [HTTPRouteFilter] {
        if let filters = redirectFilters[code] { return filters }
        let filters: [HTTPRouteFilter] = [.requestRedirect(RequestRedirect(scheme: "https", statusCode: code))]
        redirectFilters[code] = filters
        return filters
    }

    /// `PathPrefix /` redirected to HTTPS with this status code.
    mutating func catchAllRedirect(_ code: Int) -> HTTPRouteRule {
        if let rule = catchAllRules[code] { return rule }
        let rule = HTTPRouteRule(matches: [HTTPRouteMatch(pathType: .pathPrefix, path: "/")], filters: httpsRedirect(code))
        catchAllRules[code] = rule
        return rule
    }

    /// The ResponseHeaderModifier that setting each header in turn on a rule without one gives
    /// (a later header replaces an earlier one of the same name, in any case).
    mutating func responseModifier(_ headers: [HeaderValue]) -> HTTPRouteFilter {
        if let filter = responseModifiers[headers] { return filter }
        var modifier = HeaderModifier()
        for header in headers { modifier.setHeader(header) }
        responseModifiers[headers] = .responseHeaderModifier(modifier)
        return .responseHeaderModifier(modifier)
    }
}
