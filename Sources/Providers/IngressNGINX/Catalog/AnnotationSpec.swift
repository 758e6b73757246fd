import MigrationCore

/// What the tool does with one controller annotation: the catalog entry behind
/// `i2gw annotations` and the provider's docs page.
public struct AnnotationSpec: Sendable, Hashable {
    /// The key without the provider prefix, e.g. `rewrite-target`.
    public var key: String
    /// The family it belongs to, for grouping in docs.
    public var family: AnnotationFamily
    /// How it is handled.
    public var status: AnnotationStatus
    /// What it becomes in the output (or what to do instead, when unsupported).
    public var becomes: String
    /// What the controller did with it, in a sentence, and what differs in the output.
    public var note: String

    /// Creates an entry.
    public init(_ key: String, _ family: AnnotationFamily, _ status: AnnotationStatus, becomes: String, note: String) {
        self.key = key
        self.family = family
        self.status = status
        self.becomes = becomes
        self.note = note
    }
}

/// How an annotation is handled.
public enum AnnotationStatus: String, Sendable, Hashable, CaseIterable {
    /// Reproduced with standard-channel Gateway API.
    case translated
    /// Reproduced only with `--allow-experimental-gw-api` (reported otherwise).
    case experimental
    /// Reproduced only by a named implementation emitter (reported with the standard emitter).
    case emitterOnly = "emitter-only"
    /// Translated, with a documented difference that is reported.
    case approximated
    /// Not expressible; reported with the reason and what to do instead.
    case unsupported
    /// Has no behavioural effect on current controllers (removed, debug-only or inert); reported as information.
    case noEffect = "no-effect"
}

/// Annotation families, in documentation order.
public enum AnnotationFamily: String, Sendable, Hashable, CaseIterable {
    case paths = "Paths, rewrites, hosts and backends"
    case redirects = "Redirects"
    case frontendTLS = "Frontend TLS, passthrough and client certificates"
    case backendTLS = "Backend protocol and upstream TLS"
    case canary = "Canary"
    case affinity = "Session affinity"
    case cors = "CORS"
    case basicAuth = "Basic and digest authentication"
    case externalAuth = "External authentication"
    case accessControl = "IP access control and rate limiting"
    case proxy = "Timeouts, retries, body size and buffering"
    case headers = "Headers and mirroring"
    case observability = "Logging, tracing and WAF"
    case snippets = "Snippets"
    case removed = "Removed keys still found in manifests"
}
