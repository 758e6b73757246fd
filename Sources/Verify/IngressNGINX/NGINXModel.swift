import MigrationCore

/// Where an nginx location sends requests.
public enum NGINXBackend: Sendable, Hashable {
    /// A Service port of the Ingress's namespace (the port as the Ingress names it).
    case service(namespace: String, name: String, port: ServicePortRef)
    /// The controller's default backend: without `--default-backend-service`, nginx answers 404.
    case controllerDefault

    /// The controller's upstream name: `namespace-name-port`, the port as the Ingress writes
    /// it. Locations with the same upstream share its canary.
    var upstreamName: String {
        switch self {
        case .service(let namespace, let name, let port): "\(namespace)-\(name)-\(port)"
        case .controllerDefault: "upstream-default-backend"
        }
    }
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

    /// Whether the location rewrites: a `rewrite-target` other than its own path.
    var rewrites: Bool {
        guard let target = settings.rewrite.target else { return false }
        return target != path
    }
}

/// One nginx `server` block: a host name (`_` for the catch-all) and its locations.
public struct NGINXServer: Sendable {
    /// The server name, lower-cased; `_` for the catch-all default server.
    public var hostname: String
    /// Locations in the order the controller emits them.
    public var locations: [NGINXLocation]
    /// Whether the host has a certificate (its own or, pinned by a TLS section, the default one).
    public var hasCertificate: Bool
    /// `server-alias` names, from the first Ingress of the host that sets any.
    public var aliases: [String] = []
    /// The host names the `tls` sections of the host's Ingresses list: the names its
    /// certificate is taken to cover (an alias uses the certificate only when it covers it).
    public var certificateNames: Set<String> = []
    /// Whether any Ingress with a rule for the host sets `ssl-passthrough`.
    public var sslPassthrough = false
    /// Whether a location of the host sets `from-to-www-redirect`.
    public var redirectsFromToWWW = false

    /// Regex mode: some location has `use-regex`, or a `rewrite-target` other than its path
    /// (the template checks the locations as written, after the controller's normalisation),
    /// so every location is written `~* "^<path>"`.
    public var usesRegexLocations: Bool { locations.contains { $0.settings.rewrite.useRegex || $0.rewrites } }
}

/// A canary Ingress's backend, merged into a primary upstream (annotations.md, "Canary"),
/// with the traffic-shaping policy the controller's balancer applies.
public struct NGINXCanary: Sendable, Hashable {
    /// The canary's Service.
    public var backend: NGINXBackend
    /// The canary Ingress.
    public var ingress: ObjectRef
    /// `canary-by-header`.
    public var header: String?
    /// `canary-by-header-value`.
    public var headerValue: String?
    /// `canary-by-header-pattern` (PCRE, searched anywhere in the value).
    public var headerPattern: String?
    /// `canary-by-cookie`.
    public var cookie: String?
    /// `canary-weight`.
    public var weight = 0
    /// `canary-weight-total`, used only above 100.
    public var weightTotal = 100
    /// Where each canary annotation is written, by key without the prefix.
    public var sources: [String: [SourceLocation]] = [:]
}
