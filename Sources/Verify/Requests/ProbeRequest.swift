/// One HTTP request as a client sends it to the controller's (or the Gateway's) address:
/// what both routing engines are asked to decide about.
public struct ProbeRequest: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The URL scheme, which is also the connection's protocol (`https` means TLS, with the
    /// request's host as SNI).
    public enum Scheme: String, Sendable, Hashable, Comparable, CaseIterable {
        case http
        case https

        /// 80 or 443.
        public var defaultPort: Int { self == .http ? 80 : 443 }

        public static func < (lhs: Scheme, rhs: Scheme) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The scheme.
    public var scheme: Scheme
    /// The port the connection goes to.
    public var port: Int
    /// The `Host` header as sent; it may carry a `:port`.
    public var host: String
    /// The request target: the path and, after `?`, the query.
    public var target: String
    /// The method.
    public var method: String
    /// The other request headers, in order (`Cookie` included).
    public var headers: [HTTPHeader]

    /// Creates a request; the port defaults to the scheme's.
    public init(
        scheme: Scheme = .http, port: Int? = nil, host: String, target: String, method: String = "GET",
        headers: [HTTPHeader] = []
    ) {
        self.scheme = scheme
        self.port = port ?? scheme.defaultPort
        self.host = host
        self.target = target
        self.method = method
        self.headers = headers
    }

    /// The host name used for routing: the `Host` header lower-cased, without its port and
    /// without one trailing dot (what proxies compare against server and listener names).
    public var hostname: String {
        var name = host.lowercased()
        if name.hasPrefix("[") {
            if let end = name.firstIndex(of: "]") { name = String(name[...end]) }
        } else if let colon = name.lastIndex(of: ":") {
            name = String(name[..<colon])
        }
        if name.hasSuffix(".") { name.removeLast() }
        return name
    }

    /// The path, without the query.
    public var path: String {
        guard let mark = target.firstIndex(of: "?") else { return target }
        return String(target[..<mark])
    }

    /// The query without its `?`, or nil when the target has none.
    public var query: String? {
        guard let mark = target.firstIndex(of: "?") else { return nil }
        return String(target[target.index(after: mark)...])
    }

    /// The query's parameters in order, split on `&` and the first `=` (not decoded).
    public var queryParameters: [(name: String, value: String)] {
        guard let query, !query.isEmpty else { return [] }
        return query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            guard let equals = pair.firstIndex(of: "=") else { return (String(pair), "") }
            return (String(pair[..<equals]), String(pair[pair.index(after: equals)...]))
        }
    }

    /// The value of a header (name compared case-insensitively); repeated headers are joined
    /// with `,` as RFC 9110 allows.
    public func header(_ name: String) -> String? {
        let values = headers.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
        return values.isEmpty ? nil : values.joined(separator: ",")
    }

    /// `GET https://host/path` plus any headers, the way findings show a request.
    public var description: String {
        let portText = port == scheme.defaultPort ? "" : " (port \(port))"
        var text = "\(method) \(scheme.rawValue)://\(host)\(target)\(portText)"
        if !headers.isEmpty { text += " with " + headers.map { "\($0.name): \($0.value)" }.joined(separator: ", ") }
        return text
    }

    public static func < (lhs: ProbeRequest, rhs: ProbeRequest) -> Bool {
        (lhs.host, lhs.target, lhs.scheme, lhs.port, lhs.method, lhs.headers.description)
            < (rhs.host, rhs.target, rhs.scheme, rhs.port, rhs.method, rhs.headers.description)
    }
}
