import MigrationCore

/// A request the verifier sends to both engines, with where it came from.
public struct Probe: Sendable, Hashable {
    /// The request.
    public var request: ProbeRequest
    /// The ingress class whose controller (and Gateway) the request goes to.
    public var className: String
    /// Why the request exists: `the path itself`, `a deeper path`, … or `from the probes file`.
    public var purpose: String
    /// The Ingress it was derived from, if any.
    public var object: ObjectRef?
    /// Input locations it was derived from: the path entry, path value, pathType, backend and
    /// rule host (those a translation finding about the path points at).
    public var locations: [SourceLocation]

    /// Creates a probe.
    public init(request: ProbeRequest, className: String, purpose: String, object: ObjectRef? = nil, locations: [SourceLocation] = []) {
        self.request = request
        self.className = className
        self.purpose = purpose
        self.object = object
        self.locations = locations
    }
}
