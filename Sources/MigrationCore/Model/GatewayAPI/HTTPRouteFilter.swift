/// An HTTPRoute filter.
public enum HTTPRouteFilter: Sendable, Hashable {
    /// `RequestRedirect`.
    case requestRedirect(RequestRedirect)
    /// `RequestHeaderModifier`.
    case requestHeaderModifier(HeaderModifier)
    /// `ResponseHeaderModifier`.
    case responseHeaderModifier(HeaderModifier)
    /// `URLRewrite`.
    case urlRewrite(URLRewrite)
    /// `RequestMirror`.
    case requestMirror(RequestMirror)
    /// `CORS`.
    case cors(CORSPolicy)
}

/// A `RequestRedirect` filter.
public struct RequestRedirect: Sendable, Hashable {
    /// `scheme`.
    public var scheme: String?
    /// `hostname`.
    public var hostname: String?
    /// `port`.
    public var port: Int?
    /// `path`.
    public var path: PathModifier?
    /// `statusCode`.
    public var statusCode: Int?

    /// Creates a redirect.
    public init(scheme: String? = nil, hostname: String? = nil, port: Int? = nil, path: PathModifier? = nil, statusCode: Int? = nil) {
        self.scheme = scheme
        self.hostname = hostname
        self.port = port
        self.path = path
        self.statusCode = statusCode
    }
}

/// A redirect or rewrite path modifier.
public enum PathModifier: Sendable, Hashable {
    /// `ReplaceFullPath`.
    case replaceFullPath(String)
    /// `ReplacePrefixMatch`.
    case replacePrefixMatch(String)
}

/// A `URLRewrite` filter.
public struct URLRewrite: Sendable, Hashable {
    /// `hostname`.
    public var hostname: String?
    /// `path`.
    public var path: PathModifier?

    /// Creates a rewrite.
    public init(hostname: String? = nil, path: PathModifier? = nil) {
        self.hostname = hostname
        self.path = path
    }
}

/// A header modifier: `set`, `add`, `remove`.
public struct HeaderModifier: Sendable, Hashable {
    /// The most entries Gateway API allows in each of `set`, `add` and `remove`.
    public static let maxEntries = 16
    /// `set`, in order.
    public var set: [HeaderValue] = []
    /// `add`, in order.
    public var add: [HeaderValue] = []
    /// `remove`.
    public var remove: [String] = []

    /// Creates a modifier.
    public init(set: [HeaderValue] = [], add: [HeaderValue] = [], remove: [String] = []) {
        self.set = set
        self.add = add
        self.remove = remove
    }

    /// Sets a header: it replaces an earlier `set` of the same name (names compare without
    /// case, as HTTP's do).
    public mutating func setHeader(_ header: HeaderValue) {
        set.removeAll { $0.name.lowercased() == header.name.lowercased() }
        set.append(header)
    }
}

/// A header name and value.
public struct HeaderValue: Sendable, Hashable {
    /// The header name.
    public var name: String
    /// The value.
    public var value: String

    /// Creates a header value.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
