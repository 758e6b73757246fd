/// An engine's answer for one request: the outcome, and which configuration produced it, in
/// words a finding can quote.
public struct RoutingDecision: Sendable, Hashable {
    /// What happens to the request.
    public var outcome: RoutingOutcome
    /// What decided it: `HTTPRoute shop/web rule 2`, `location /api/ of server shop.example.com`.
    public var decidedBy: String

    /// Creates a decision.
    public init(_ outcome: RoutingOutcome, decidedBy: String) {
        self.outcome = outcome
        self.decidedBy = decidedBy
    }
}
