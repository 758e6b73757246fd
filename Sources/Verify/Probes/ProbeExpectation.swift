/// What a user-written probe expects the migrated routing to do. Every field given must hold.
public struct ProbeExpectation: Sendable, Hashable {
    /// The status: 200 for a forwarded request, a redirect's or direct answer's code; nil
    /// with ``expectsNoAnswer`` for no answer at all.
    public var status: Int?
    /// True when the request must get no answer (`status: none`).
    public var expectsNoAnswer = false
    /// The backend: `namespace/name:port`, `namespace/name` or `name`; with several shares,
    /// every share must be this Service.
    public var backend: String?
    /// The exact `Location` of a redirect.
    public var redirect: String?
    /// The path and query the backend receives.
    public var upstreamPath: String?

    /// Creates an expectation.
    public init(status: Int? = nil, expectsNoAnswer: Bool = false, backend: String? = nil, redirect: String? = nil, upstreamPath: String? = nil) {
        self.status = status
        self.expectsNoAnswer = expectsNoAnswer
        self.backend = backend
        self.redirect = redirect
        self.upstreamPath = upstreamPath
    }

    /// What in the outcome contradicts the expectation, in words; empty when it holds.
    public func mismatches(_ outcome: RoutingOutcome) -> [String] {
        var problems: [String] = []
        if expectsNoAnswer, outcome.statusCode != nil { problems.append("expected no answer") }
        if let status, outcome.statusCode != status { problems.append("expected status \(status)") }
        if let redirect {
            if case .redirect(_, let location) = outcome, location == redirect {} else { problems.append("expected a redirect to \(redirect)") }
        }
        if backend != nil || upstreamPath != nil {
            guard case .forwarded(let forwarding) = outcome else {
                problems.append("expected the request to be forwarded")
                return problems
            }
            if let backend {
                let services = forwarding.shares.map { share -> String in
                    if case .service(let service) = share.target { return service.description }
                    return "an error answer"
                }
                if !services.allSatisfy({ Self.matches(backend, $0) }) { problems.append("expected backend \(backend)") }
            }
            if let upstreamPath, !forwarding.shares.allSatisfy({ $0.upstream.target == upstreamPath }) {
                problems.append("expected upstream path \(upstreamPath)")
            }
        }
        return problems
    }

    /// Whether `namespace/name:port` satisfies a backend expectation written more briefly.
    static func matches(_ expected: String, _ actual: String) -> Bool {
        if expected == actual { return true }
        let withoutPort = String(actual.prefix { $0 != ":" })
        if expected == withoutPort { return true }
        return !expected.contains("/") && withoutPort.split(separator: "/").last.map(String.init) == expected
    }
}
