import MigrationCore

/// Where an nginx location sends requests.
public enum NGINXBackend: Sendable, Hashable {
    /// A Service port of the Ingress's namespace (the port as the Ingress names it).
    case service(namespace: String, name: String, port: ServicePortRef)
    /// The controller's default backend: without `--default-backend-service`, nginx answers 404.
    case controllerDefault
}

/// One location an Ingress path (or the controller) contributes to a server.
public struct NGINXLocation: Sendable {
    /// How the location block matches.
    public enum Kind: Sendable, Hashable {
        /// `location = /p`.
        case exact
        /// `location /p` (prefix by characters).
        case prefix
    }

    /// The path as nginx writes it (after the controller's normalisation).
    public var path: String
    /// Exact or prefix.
    public var kind: Kind
    /// The backend.
    public var backend: NGINXBackend
    /// The Ingress the location (and its annotations) came from, by index in controller
    /// order; nil for the controller's own catch-all root.
    public var ingressIndex: Int?
    /// Whether it is a host's implicit root (served by a default backend).
    public var isDefaultBackend: Bool
    /// What the location's annotations make nginx do.
    public var settings: NGINXLocationSettings
    /// Input locations: the path entry, its value, type and backend (for a host's root: the
    /// default backend, the rule's host and the rule).
    public var sources: [SourceLocation]
}

/// One nginx `server` block: a host name (`_` for the catch-all) and its locations.
public struct NGINXServer: Sendable {
    /// The server name, lower-cased; `_` for the catch-all default server.
    public var hostname: String
    /// Locations in the order the controller emits them.
    public var locations: [NGINXLocation]
    /// Whether the host has a certificate (its own or, pinned by a TLS section, the default one).
    public var hasCertificate: Bool
    /// Whether any location forces regular-expression locations for the whole server.
    public var usesRegexLocations: Bool { locations.contains { $0.settings.rewrite.forcesRegexLocations } }
}
