import MigrationCore

/// An engine's answer for one request: the outcome, and which configuration produced it, in
/// words a finding can quote and as input locations a finding can point at.
public struct RoutingDecision: Sendable, Hashable {
    /// What happens to the request.
    public var outcome: RoutingOutcome
    /// What decided it: `HTTPRoute shop/web rule 2`, `location /api/ of server shop.example.com`.
    public var decidedBy: String
    /// The input object that decided it (the Ingress of the nginx location), when there is one.
    public var object: ObjectRef?
    /// Where in the input: the path entry first, then its backend and the Ingress itself.
    public var locations: [SourceLocation]

    /// Creates a decision.
    public init(_ outcome: RoutingOutcome, decidedBy: String, object: ObjectRef? = nil, locations: [SourceLocation] = []) {
        self.outcome = outcome
        self.decidedBy = decidedBy
        self.object = object
        self.locations = locations
    }
}
