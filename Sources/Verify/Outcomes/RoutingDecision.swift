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
    /// The decision's own input locations, before the shared ones.
    private(set) var ownLocations: [SourceLocation]
    /// Input locations that many decisions cite alike, kept once rather than copied into each.
    private(set) var sharedLocations: SharedSourceLocations?

    /// Where in the input: the path entry first, then its backend and the Ingress itself
    /// (then what the decisions of its kind all cite, such as every annotation that put a
    /// server in regex mode).
    public var locations: [SourceLocation] {
        get { sharedLocations.map { ownLocations + $0.locations } ?? ownLocations }
        set {
            ownLocations = newValue
            sharedLocations = nil
        }
    }

    /// The first of ``locations``, without gathering them.
    public var firstLocation: SourceLocation? { ownLocations.first ?? sharedLocations?.locations.first }

    /// Creates a decision; `shared` locations follow `locations`.
    public init(
        _ outcome: RoutingOutcome, decidedBy: String, object: ObjectRef? = nil, locations: [SourceLocation] = [],
        shared: SharedSourceLocations? = nil
    ) {
        self.outcome = outcome
        self.decidedBy = decidedBy
        self.object = object
        ownLocations = locations
        sharedLocations = shared
    }

    /// Decisions are equal when they say the same: outcome, what decided it, its object and
    /// its locations (however they are kept).
    public static func == (left: RoutingDecision, right: RoutingDecision) -> Bool {
        left.outcome == right.outcome && left.decidedBy == right.decidedBy && left.object == right.object && left.locations == right.locations
    }

    /// Hashes what ``==`` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(outcome)
        hasher.combine(decidedBy)
        hasher.combine(object)
        hasher.combine(locations)
    }
}

/// Input locations that many routing decisions cite alike (every annotation that puts an
/// nginx server in regex mode, cited by each request regex mode decided), made once and
/// shared, so a decision costs no more for them than a reference. Each instance is its own
/// list: a reader may work out something about it once and remember it by the instance.
public final class SharedSourceLocations: Sendable {
    /// The locations, in order.
    public let locations: [SourceLocation]

    /// Shares `locations`.
    public init(_ locations: [SourceLocation]) { self.locations = locations }
}
