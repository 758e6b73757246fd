/// What a Gateway API implementation will report in a route's `status.parents` entry for one
/// parent, predicted from the generated objects: the `Accepted` and `ResolvedRefs` conditions
/// and their reasons.
public struct AttachmentPrediction: Sendable, Hashable {
    /// The `Accepted` condition.
    public enum Acceptance: Sendable, Hashable {
        /// `Accepted: True`.
        case accepted
        /// `Accepted: False` with this reason (`NotAllowedByListeners`,
        /// `NoMatchingListenerHostname`, `NoMatchingParent`).
        case refused(reason: String)
        /// The parent is not among the generated objects, so nothing can be predicted.
        case unknown
    }

    /// The route.
    public var route: ObjectRef
    /// True for routes this run generated; false for routes already in the input.
    public var generated: Bool
    /// The parent as written: `Gateway gateway-system/nginx, listener shop.example.com-https`.
    public var parent: String
    /// The predicted `Accepted` condition.
    public var acceptance: Acceptance
    /// The predicted `ResolvedRefs` reason: `ResolvedRefs` when every backend resolves,
    /// otherwise `RefNotPermitted` or `BackendNotFound`.
    public var resolvedRefsReason: String
    /// Why, in words.
    public var message: String
    /// Where the route (or the Ingress it came from) is in the input.
    public var location: SourceLocation?

    /// Creates a prediction.
    public init(
        route: ObjectRef, generated: Bool, parent: String, acceptance: Acceptance, resolvedRefsReason: String, message: String,
        location: SourceLocation?
    ) {
        self.route = route
        self.generated = generated
        self.parent = parent
        self.acceptance = acceptance
        self.resolvedRefsReason = resolvedRefsReason
        self.message = message
        self.location = location
    }

    /// `Accepted`, the refusal reason, or `Unknown`.
    public var acceptedText: String {
        switch acceptance {
        case .accepted: "Accepted"
        case .refused(let reason): reason
        case .unknown: "Unknown"
        }
    }

    /// Whether `ResolvedRefs` is predicted true.
    public var refsResolved: Bool { resolvedRefsReason == "ResolvedRefs" }
}

/// Whether a route hostname and a listener hostname intersect, by Gateway API's rules: equal
/// names match; a wildcard `*.example.com` matches any name with one or more labels before
/// `.example.com`, on either side; a listener without hostname matches everything.
enum HostnameIntersection {
    static func intersects(listener: String?, route: String) -> Bool {
        guard let listener else { return true }
        if listener == route { return true }
        switch (listener.hasPrefix("*."), route.hasPrefix("*.")) {
        case (true, true):
            let left = String(listener.dropFirst(1)), right = String(route.dropFirst(1))
            return left.hasSuffix(right) || right.hasSuffix(left)
        case (true, false): return route.hasSuffix(String(listener.dropFirst(1)))
        case (false, true): return listener.hasSuffix(String(route.dropFirst(1)))
        case (false, false): return false
        }
    }

    /// Whether any of the route's hostnames (or every host, when it has none) meets the listener.
    static func intersects(listener: String?, routeHostnames: [String]) -> Bool {
        routeHostnames.isEmpty || routeHostnames.contains { intersects(listener: listener, route: $0.lowercased()) }
    }
}
