import MigrationCore

/// The `CORS` filter.
///
/// A preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) is answered by
/// the Gateway with 204. When the origin is allowed, the answer carries
/// `Access-Control-Allow-Origin` (the request's origin, echoed), `-Allow-Methods` and
/// `-Allow-Headers` (the configured lists, or what the request asked for when the list is
/// `*`), `-Expose-Headers`, `-Max-Age` (default 5) and `-Allow-Credentials: true` when
/// enabled; otherwise it carries none of them. Other requests from an allowed origin are
/// forwarded and their response gets `-Allow-Origin`, `-Allow-Credentials` and
/// `-Expose-Headers`.
///
/// Origins match scheme, host and port (the scheme's default port when absent); a `*` in an
/// allowed origin's host stands for one or more characters, dots included, and a lone `*`
/// allows every origin.
enum CORSHandling {
    /// The direct answer to a preflight, or nil when the request is not one.
    static func preflight(_ policy: CORSPolicy, request: ProbeRequest) -> RoutingOutcome? {
        guard request.method == "OPTIONS", let origin = request.header("Origin"),
            let requestedMethod = request.header("Access-Control-Request-Method")
        else { return nil }
        guard allows(policy, origin: origin) else {
            return .response(statusCode: 204, reason: "CORS preflight from an origin that is not allowed")
        }
        var headers = [HTTPHeader("Access-Control-Allow-Origin", origin)]
        if !policy.allowMethods.isEmpty {
            let methods = policy.allowMethods.contains("*") ? requestedMethod : policy.allowMethods.joined(separator: ", ")
            headers.append(HTTPHeader("Access-Control-Allow-Methods", methods))
        }
        if !policy.allowHeaders.isEmpty {
            let asked = request.header("Access-Control-Request-Headers")
            let allowed = policy.allowHeaders.contains("*") ? asked : policy.allowHeaders.joined(separator: ", ")
            if let allowed { headers.append(HTTPHeader("Access-Control-Allow-Headers", allowed)) }
        }
        if !policy.exposeHeaders.isEmpty {
            headers.append(HTTPHeader("Access-Control-Expose-Headers", policy.exposeHeaders.joined(separator: ", ")))
        }
        headers.append(HTTPHeader("Access-Control-Max-Age", String(policy.maxAge ?? 5)))
        if policy.allowCredentials == true { headers.append(HTTPHeader("Access-Control-Allow-Credentials", "true")) }
        return .response(statusCode: 204, reason: "CORS preflight answered by the Gateway", headers: headers)
    }

    /// Response header edits for a request that is not a preflight.
    static func responseEdits(_ policy: CORSPolicy, request: ProbeRequest) -> [HeaderEdit] {
        guard let origin = request.header("Origin"), allows(policy, origin: origin) else { return [] }
        var edits: [HeaderEdit] = [.set("Access-Control-Allow-Origin", origin)]
        if policy.allowCredentials == true { edits.append(.set("Access-Control-Allow-Credentials", "true")) }
        if !policy.exposeHeaders.isEmpty { edits.append(.set("Access-Control-Expose-Headers", policy.exposeHeaders.joined(separator: ", "))) }
        return edits
    }

    static func allows(_ policy: CORSPolicy, origin: String) -> Bool {
        let origin = normalized(origin)
        return policy.allowOrigins.contains { allowed in
            if allowed == "*" { return true }
            let pattern = normalized(allowed)
            guard let star = pattern.firstIndex(of: "*") else { return pattern == origin }
            let head = pattern[..<star]
            let tail = pattern[pattern.index(after: star)...]
            return origin.count > head.count + tail.count && origin.hasPrefix(head) && origin.hasSuffix(tail)
        }
    }

    /// An origin lower-cased and without its scheme's default port.
    private static func normalized(_ origin: String) -> String {
        let lower = origin.lowercased()
        for (scheme, port) in [("http://", ":80"), ("https://", ":443")] where lower.hasPrefix(scheme) && lower.hasSuffix(port) {
            return String(lower.dropLast(port.count))
        }
        return lower
    }
}
