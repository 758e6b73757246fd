/// What happens to a request: the shared answer type of both routing engines.
public enum RoutingOutcome: Sendable, Hashable, CustomStringConvertible {
    /// Sent on to one or more backends.
    case forwarded(Forwarding)
    /// Answered with a redirect.
    case redirect(statusCode: Int, location: String)
    /// Answered by the proxy itself: 404 when nothing matches, 500 or 503 when the matching
    /// rule has no usable backend, a CORS preflight answer. `reason` explains it in words and
    /// is not compared.
    case response(statusCode: Int, reason: String, headers: [HTTPHeader] = [])
    /// No HTTP answer at all: nothing listens on the port, or TLS cannot be completed.
    case refused(reason: String)

    public var description: String {
        switch self {
        case .forwarded(let forwarding): forwarding.description
        case .redirect(let code, let location): "\(code) redirect to \(location)"
        case .response(let code, let reason, _): "\(code) (\(reason))"
        case .refused(let reason): "no answer (\(reason))"
        }
    }

    /// The status the client sees: 200 stands for "whatever the backend answers"; nil when
    /// there is no answer.
    public var statusCode: Int? {
        switch self {
        case .forwarded: 200
        case .redirect(let code, _): code
        case .response(let code, _, _): code
        case .refused: nil
        }
    }
}

/// A request sent to backends: each share with its weight and the request it receives.
public struct Forwarding: Sendable, Hashable, CustomStringConvertible {
    /// The shares; weights are relative (only their proportions matter).
    public var shares: [BackendShare]
    /// Edits applied to the backend's response headers, in order.
    public var responseHeaderEdits: [HeaderEdit]
    /// Backends that receive a copy of the request (answers ignored).
    public var mirrors: [BackendService]

    /// Creates a forwarding.
    public init(shares: [BackendShare], responseHeaderEdits: [HeaderEdit] = [], mirrors: [BackendService] = []) {
        self.shares = shares
        self.responseHeaderEdits = responseHeaderEdits
        self.mirrors = mirrors
    }

    public var description: String {
        let first = shares.first?.upstream
        let sameUpstream = shares.allSatisfy { $0.upstream == first }
        let backends = shares.map { sameUpstream ? $0.targetDescription : "\($0.targetDescription) as \($0.upstream)" }
        var text = "forwarded to " + backends.joined(separator: ", ")
        if sameUpstream, let first { text += " as \(first)" }
        if !mirrors.isEmpty { text += ", mirrored to " + mirrors.map(\.description).joined(separator: ", ") }
        return text
    }
}

/// One backend of a forwarding, or the share of requests that gets an error because its
/// backend reference is invalid.
public struct BackendShare: Sendable, Hashable {
    /// Where this share goes.
    public enum Target: Sendable, Hashable {
        /// A Service port.
        case service(BackendService)
        /// Answered with this status instead (an invalid or unavailable backend).
        case failure(statusCode: Int, reason: String)
    }

    /// The target.
    public var target: Target
    /// The weight.
    public var weight: Int
    /// The request this backend receives.
    public var upstream: UpstreamRequest

    /// Creates a share.
    public init(target: Target, weight: Int, upstream: UpstreamRequest) {
        self.target = target
        self.weight = weight
        self.upstream = upstream
    }

    var targetDescription: String {
        switch target {
        case .service(let service): weight == 1 ? service.description : "\(service) (weight \(weight))"
        case .failure(let code, let reason): "\(code) \(reason) (weight \(weight))"
        }
    }
}

/// A Service port: `namespace/name:port`. The port is a number, or a port name the input's
/// Services could not resolve. An address outside the cluster (a mirror URL's host) has no
/// namespace and reads `host:port`.
public struct BackendService: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The namespace.
    public var namespace: String
    /// The Service name.
    public var name: String
    /// The port number or name.
    public var port: String

    /// Creates a reference.
    public init(namespace: String, name: String, port: String) {
        self.namespace = namespace
        self.name = name
        self.port = port
    }

    public var description: String { namespace.isEmpty ? "\(name):\(port)" : "\(namespace)/\(name):\(port)" }

    public static func < (lhs: BackendService, rhs: BackendService) -> Bool {
        (lhs.namespace, lhs.name, lhs.port) < (rhs.namespace, rhs.name, rhs.port)
    }
}

/// The request as a backend receives it.
public struct UpstreamRequest: Sendable, Hashable, CustomStringConvertible {
    /// The `Host` header.
    public var host: String
    /// The path and query.
    public var target: String
    /// The request headers (besides `Host`), after every edit.
    public var headers: HeaderList

    /// Creates an upstream request.
    public init(host: String, target: String, headers: HeaderList) {
        self.host = host
        self.target = target
        self.headers = headers
    }

    /// The request before any edit.
    public init(_ request: ProbeRequest) {
        self.init(host: request.host, target: request.target, headers: HeaderList(request.headers))
    }

    public var description: String { "\(host)\(target)" }
}
