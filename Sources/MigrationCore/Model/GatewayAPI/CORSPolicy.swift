/// A `CORS` filter: the cross-origin response headers the Gateway answers with.
public struct CORSPolicy: Sendable, Hashable {
    /// `allowOrigins`: `scheme://host[:port]` values, where `*` in the host matches any
    /// characters (dots included) to its left, and a lone `*` allows every origin.
    public var allowOrigins: [String] = []
    /// `allowMethods`; `*` allows every method.
    public var allowMethods: [String] = []
    /// `allowHeaders`; `*` allows every header.
    public var allowHeaders: [String] = []
    /// `exposeHeaders`.
    public var exposeHeaders: [String] = []
    /// `maxAge` in seconds; nil means the API default of 5.
    public var maxAge: Int?
    /// `allowCredentials`.
    public var allowCredentials: Bool?

    /// Creates a policy.
    public init(
        allowOrigins: [String] = [], allowMethods: [String] = [], allowHeaders: [String] = [],
        exposeHeaders: [String] = [], maxAge: Int? = nil, allowCredentials: Bool? = nil
    ) {
        self.allowOrigins = allowOrigins
        self.allowMethods = allowMethods
        self.allowHeaders = allowHeaders
        self.exposeHeaders = exposeHeaders
        self.maxAge = maxAge
        self.allowCredentials = allowCredentials
    }
}
