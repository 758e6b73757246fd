/// A `networking.k8s.io/v1` IngressClass.
public struct IngressClass: Sendable {
    /// `metadata.name`.
    public var name: String
    /// `spec.controller`, e.g. `k8s.io/ingress-nginx`.
    public var controller: String
    /// True when `ingressclass.kubernetes.io/is-default-class` is `"true"`.
    public var isDefault: Bool
    /// Where the object starts.
    public var location: SourceLocation

    /// Creates an IngressClass.
    public init(name: String, controller: String, isDefault: Bool, location: SourceLocation) {
        self.name = name
        self.controller = controller
        self.isDefault = isDefault
        self.location = location
    }
}
