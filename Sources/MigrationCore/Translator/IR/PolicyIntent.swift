/// Behaviour a provider read from an annotation that standard Gateway API cannot express, but
/// an implementation's policy resources can: the chosen implementation emitter turns intents
/// into its own objects, or reports them.
public enum PolicyIntent: Sendable, Hashable {
    /// Requests with a larger body get 413 (`proxy-body-size`).
    case requestBodyLimit(bytes: Int)
    /// Only `allow` addresses are admitted (when not empty) and `deny` addresses are refused,
    /// with 403 (`allowlist-source-range`, `denylist-source-range`).
    case clientAddresses(allow: [String], deny: [String])
    /// HTTP basic authentication against an htpasswd Secret in the route's namespace
    /// (`auth-type: basic`, `auth-secret`).
    case basicAuth(secret: String)
    /// Each request is first checked by an HTTP authentication service (`auth-url`).
    case externalAuth(service: BackendRef, path: String, responseHeaders: [String])
    /// At most `requests` per `seconds` seconds, per client address in ingress-nginx (`limit-rps`,
    /// `limit-rpm`).
    case rateLimit(requests: Int, seconds: Int)

    /// Whether dropping the intent would let requests through that used to be refused.
    public var isSecurityControl: Bool {
        switch self {
        case .requestBodyLimit: false
        case .clientAddresses, .basicAuth, .externalAuth, .rateLimit: true
        }
    }

    /// A short name for findings.
    public var summary: String {
        switch self {
        case .requestBodyLimit(let bytes): "request body limit of \(bytes) bytes"
        case .clientAddresses(let allow, let deny):
            [allow.isEmpty ? nil : "allow-list \(allow.joined(separator: ", "))", deny.isEmpty ? nil : "deny-list \(deny.joined(separator: ", "))"]
                .compactMap { $0 }.joined(separator: " and ")
        case .basicAuth(let secret): "basic authentication with Secret \(secret)"
        case .externalAuth(let service, let path, _): "external authentication by \(service.name):\(service.port ?? 80)\(path)"
        case .rateLimit(let requests, let seconds): "rate limit of \(requests) requests per \(seconds == 1 ? "second" : "minute")"
        }
    }
}

/// An intent with the annotation it came from.
public struct SourcedIntent: Sendable, Hashable {
    /// The intent.
    public var intent: PolicyIntent
    /// The Ingress.
    public var object: ObjectRef
    /// Where the annotation is written.
    public var location: SourceLocation

    /// Creates a sourced intent.
    public init(_ intent: PolicyIntent, object: ObjectRef, location: SourceLocation) {
        self.intent = intent
        self.object = object
        self.location = location
    }
}
