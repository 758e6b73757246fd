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
    /// The backends with their weights, compared as proportions (80/20 equals 4/1); each
    /// written like ``backend``.
    public var backends: [String: Int] = [:]
    /// The exact `Location` of a redirect (compared as an equivalent URL: default port and
    /// empty path normalised).
    public var redirect: String?
    /// The path and query the backend receives.
    public var upstreamPath: String?
    /// The `Host` the backend receives.
    public var upstreamHost: String?
    /// Request headers the backend receives (names case-insensitive).
    public var requestHeaders: [String: String] = [:]
    /// Response headers the proxy sets or adds on the answer (names case-insensitive).
    public var responseHeaders: [String: String] = [:]
    /// Services that receive a copy of the request.
    public var mirrors: [String] = []

    /// Creates an expectation.
    public init(status: Int? = nil, expectsNoAnswer: Bool = false, backend: String? = nil, redirect: String? = nil, upstreamPath: String? = nil) {
        self.status = status
        self.expectsNoAnswer = expectsNoAnswer
        self.backend = backend
        self.redirect = redirect
        self.upstreamPath = upstreamPath
    }

    /// Whether a request must be forwarded for the expectation to hold.
    private var needsForwarding: Bool {
        backend != nil || !backends.isEmpty || upstreamPath != nil || upstreamHost != nil || !requestHeaders.isEmpty || !mirrors.isEmpty
    }

    /// What in the outcome contradicts the expectation, in words; empty when it holds.
    public func mismatches(_ outcome: RoutingOutcome) -> [String] {
        var problems: [String] = []
        if expectsNoAnswer, outcome.statusCode != nil { problems.append("expected no answer") }
        if let status, outcome.statusCode != status { problems.append("expected status \(status)") }
        if let redirect {
            if case .redirect(_, let location) = outcome, RedirectTarget.normalized(location) == RedirectTarget.normalized(redirect) {} else {
                problems.append("expected a redirect to \(redirect)")
            }
        }
        for (name, value) in responseHeaders.sorted(by: { $0.key < $1.key }) where Self.responseHeaders(outcome)[name.lowercased()] != value {
            problems.append("expected response header \(name): \(value)")
        }
        guard needsForwarding else { return problems }
        guard case .forwarded(let forwarding) = outcome else {
            problems.append("expected the request to be forwarded")
            return problems
        }
        let services = forwarding.shares.map { share -> String in
            if case .service(let service) = share.target { return service.description }
            return "an error answer"
        }
        if let backend, !services.allSatisfy({ Self.matches(backend, $0) }) { problems.append("expected backend \(backend)") }
        if !backends.isEmpty, !Self.sameProportions(backends, forwarding.shares, services) {
            problems.append("expected backends \(backends.keys.sorted().map { "\($0) (\(backends[$0]!))" }.joined(separator: ", "))")
        }
        if let upstreamPath, !forwarding.shares.allSatisfy({ $0.upstream.target == upstreamPath }) {
            problems.append("expected upstream path \(upstreamPath)")
        }
        if let upstreamHost, !forwarding.shares.allSatisfy({ $0.upstream.host == upstreamHost }) {
            problems.append("expected upstream host \(upstreamHost)")
        }
        for (name, value) in requestHeaders.sorted(by: { $0.key < $1.key }) where !forwarding.shares.allSatisfy({ $0.upstream.headers.value(name) == value }) {
            problems.append("expected request header \(name): \(value)")
        }
        for mirror in mirrors where !forwarding.mirrors.contains(where: { Self.matches(mirror, $0.description) }) {
            problems.append("expected a mirror to \(mirror)")
        }
        return problems
    }

    /// The response headers an answer carries (the proxy's own edits on a forwarded request).
    static func responseHeaders(_ outcome: RoutingOutcome) -> [String: String] {
        switch outcome {
        case .forwarded(let forwarding):
            var list = HeaderList()
            for edit in forwarding.responseHeaderEdits { list.apply(edit) }
            return list.normalized
        case .response(_, _, let headers): return HeaderList(headers).normalized
        default: return [:]
        }
    }

    /// Whether each expected backend gets the expected proportion of the traffic.
    static func sameProportions(_ expected: [String: Int], _ shares: [BackendShare], _ services: [String]) -> Bool {
        var actual: [String: Int] = [:]
        for (share, service) in zip(shares, services) where share.weight > 0 {
            guard let key = expected.keys.first(where: { matches($0, service) }) else { return false }
            actual[key, default: 0] += share.weight
        }
        let wanted = expected.filter { $0.value > 0 }
        guard Set(actual.keys) == Set(wanted.keys) else { return false }
        let actualTotal = actual.values.reduce(0, +)
        let wantedTotal = wanted.values.reduce(0, +)
        return wanted.allSatisfy { actual[$0.key]! * wantedTotal == $0.value * actualTotal }
    }

    /// Whether `namespace/name:port` satisfies a backend expectation written more briefly.
    static func matches(_ expected: String, _ actual: String) -> Bool {
        if expected == actual { return true }
        let withoutPort = String(actual.prefix { $0 != ":" })
        if expected == withoutPort { return true }
        return !expected.contains("/") && withoutPort.split(separator: "/").last.map(String.init) == expected
    }
}
