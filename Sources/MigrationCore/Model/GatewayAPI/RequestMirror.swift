/// A `RequestMirror` filter: a copy of each request goes to another backend, whose answer is
/// ignored.
public struct RequestMirror: Sendable, Hashable {
    /// `backendRef` (the weight is not used).
    public var backend: BackendRef
    /// `percent`, or `fraction` as a percentage; nil mirrors every request.
    public var percent: Double?

    /// Creates a mirror.
    public init(backend: BackendRef, percent: Double? = nil) {
        self.backend = backend
        self.percent = percent
    }
}
