/// What the `Access-Control-*` response headers of an answer mean to a browser that sent the
/// request (the Fetch standard's CORS check), so that two proxies that write them
/// differently but grant the same can be compared:
///
/// - the response may be read by a script of the request's `Origin` without credentials when
///   `Access-Control-Allow-Origin` is `*` or that origin, and with credentials when it is the
///   origin and `Access-Control-Allow-Credentials` is `true`;
/// - the exposed headers count only when the response may be read;
/// - the allowed methods, headers and the cache time count only on a preflight (`OPTIONS`
///   with `Access-Control-Request-Method`), and only when it may be read.
///
/// A request without `Origin` is not a CORS request: its `Access-Control-*` headers mean
/// nothing and are not compared. Lists compare as sets (header names case-insensitively).
struct CORSView: Hashable, CustomStringConvertible {
    var readable = false
    var readableWithCredentials = false
    var exposed: Set<String> = []
    var methods: Set<String> = []
    var headers: Set<String> = []
    var maxAge: String?

    /// The view of the CORS headers among `headers` for `request`; nil when the request
    /// carries no `Origin`.
    init?(_ headers: [String: String], request: ProbeRequest) {
        guard let origin = request.header("Origin") else { return nil }
        let allowOrigin = headers["access-control-allow-origin"]
        readable = allowOrigin == "*" || allowOrigin == origin
        readableWithCredentials = allowOrigin == origin && headers["access-control-allow-credentials"] == "true"
        guard readable else { return }
        exposed = Self.tokens(headers["access-control-expose-headers"], lowercased: true)
        guard request.method == "OPTIONS", request.header("Access-Control-Request-Method") != nil else { return }
        methods = Self.tokens(headers["access-control-allow-methods"], lowercased: false)
        self.headers = Self.tokens(headers["access-control-allow-headers"], lowercased: true)
        maxAge = headers["access-control-max-age"]
    }

    static func tokens(_ value: String?, lowercased: Bool) -> Set<String> {
        Set((value ?? "").split(separator: ",").map { lowercased ? $0.trimmed.lowercased() : $0.trimmed }.filter { !$0.isEmpty })
    }

    /// Whether a header name is one of the CORS response headers this view stands for.
    static func isCORSHeader(_ name: String) -> Bool { name.lowercased().hasPrefix("access-control-") }

    var description: String {
        guard readable else { return "not readable cross-origin" }
        var parts = [readableWithCredentials ? "readable with credentials" : "readable without credentials"]
        if !exposed.isEmpty { parts.append("exposes \(exposed.sorted().joined(separator: ","))") }
        if !methods.isEmpty { parts.append("methods \(methods.sorted().joined(separator: ","))") }
        if !headers.isEmpty { parts.append("headers \(headers.sorted().joined(separator: ","))") }
        if let maxAge { parts.append("max-age \(maxAge)") }
        return parts.joined(separator: ", ")
    }
}
