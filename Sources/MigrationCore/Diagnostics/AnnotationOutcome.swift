/// What a provider did with one of its annotations on one Ingress: the source of the report's
/// annotation statistics (seen / translated / approximated / unsupported / ignored, per provider
/// and per key).
///
/// The contract for providers: for every annotation with the provider's prefix on every Ingress
/// the provider serves, record exactly one outcome with ``TranslationIR/recordAnnotation(_:of:provider:status:)``
/// during `refine`. "Seen" in the report is the number of outcomes. Outcomes other than
/// `translated` should come with a finding at the same location that says what differs.
public struct AnnotationOutcome: Hashable, Sendable {
    /// How much of the annotation's behaviour the output keeps.
    public enum Status: String, Hashable, Sendable, CaseIterable {
        /// The output reproduces what the controller did with it.
        case translated
        /// The output reproduces it with a difference that a finding describes.
        case approximated
        /// The output does not reproduce it; a finding says so.
        case unsupported
        /// The controller did nothing with it either (an invalid value the controller
        /// replaces with its default, a key that has no effect on this Ingress), so there is
        /// nothing to reproduce.
        case ignored
    }

    /// The provider that read the annotation, as `--providers` spells it.
    public var provider: String
    /// The full annotation key, e.g. `nginx.ingress.kubernetes.io/ssl-redirect`.
    public var key: String
    /// The Ingress the annotation is on.
    public var object: ObjectRef
    /// Where the annotation's key is written.
    public var location: SourceLocation
    /// What became of it.
    public var status: Status

    /// Creates an outcome.
    public init(provider: String, key: String, object: ObjectRef, location: SourceLocation, status: Status) {
        self.provider = provider
        self.key = key
        self.object = object
        self.location = location
        self.status = status
    }

    /// Sort key that makes reports deterministic: by location, then key.
    static func ordered(_ lhs: AnnotationOutcome, _ rhs: AnnotationOutcome) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return (lhs.key, lhs.provider) < (rhs.key, rhs.provider)
    }
}

extension TranslationIR {
    /// Records what the provider did with `annotation` of `ingress` (see ``AnnotationOutcome``).
    public mutating func recordAnnotation(
        _ annotation: Annotation, of ingress: Ingress, provider: String, status: AnnotationOutcome.Status
    ) {
        annotationOutcomes.append(
            AnnotationOutcome(provider: provider, key: annotation.key, object: ingress.ref, location: annotation.location, status: status))
    }
}
