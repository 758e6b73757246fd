/// What a host does, beyond its paths: its certificate and the behaviour of requests that match
/// no path. Providers refine it (for example the plain-HTTP redirect).
public struct ServerIR: Sendable {
    /// Identity.
    public var key: ServerKey
    /// The Ingress that created the host (the oldest with a rule for it).
    public var creator: SourceRef
    /// The index of that Ingress in ``TranslationIR/ingresses``.
    public var creatorIndex: Int
    /// The certificate the host is served with, when some Ingress's TLS covers it.
    public var certificate: CertificateIR? {
        get { certificateBox?.value }
        set { certificateBox = newValue.map(ValueBox.init) }
    }
    /// True once an Ingress with a rule for the host and a TLS section has decided its
    /// certificate (possibly the controller's default one).
    public var tlsDecided = false
    /// True when the controller served the host with its default certificate.
    public var usesDefaultCertificate = false
    /// What a plain-HTTP request that matches no path gets.
    public var rootPlainHTTP: PlainHTTPBehaviour = .serve
    /// Namespaces that have rules for this host, in first-seen order.
    public var namespaces: [String] = []
    /// More names served exactly like the host (ingress-nginx `server-alias`).
    public var aliases: [String] = []
    /// Response headers set on every HTTPS response of the host (for example HSTS), and never on
    /// plain HTTP.
    public var httpsResponseHeaders: [HeaderValue] = []
    /// Client-certificate validation the host asked for; the Gateway carries it only when every
    /// HTTPS host it serves asks for the same (``FrontendValidationPlan``).
    public var clientValidation: ClientValidationIR?
    /// When set, TLS connections for the host are passed through to these backends without
    /// being terminated (a TLS listener in Passthrough mode and a TLSRoute), in this namespace.
    public var passthrough: (namespace: String, backends: [BackendRef], source: SourceRef)? {
        get { passthroughBox?.value }
        set { passthroughBox = newValue.map(ValueBox.init) }
    }

    // The certificate and the passthrough target are large and optional: they are stored out
    // of line, which keeps the table of servers (one entry per host) small.
    private var certificateBox: ValueBox<CertificateIR>?
    private var passthroughBox: ValueBox<(namespace: String, backends: [BackendRef], source: SourceRef)>?

    /// The host and its aliases: the route hostnames.
    public var hostnames: [String] { key.host.isEmpty ? [] : [key.host] + aliases }

    /// Whether the controller treated the host as a TLS host (it redirects plain HTTP).
    public var hasTLS: Bool { certificateBox != nil || usesDefaultCertificate }

    /// Creates a server.
    public init(key: ServerKey, creator: SourceRef, creatorIndex: Int) {
        self.key = key
        self.creator = creator
        self.creatorIndex = creatorIndex
    }
}

/// The Secret a host's HTTPS listener presents.
public struct CertificateIR: Sendable, Hashable {
    /// The Secret (in the Ingress's namespace).
    public var secret: SecretRef
    /// The Ingress whose TLS entry named it.
    public var source: SourceRef
    /// Where `secretName` is written.
    public var location: SourceLocation

    /// Creates a certificate reference.
    public init(secret: SecretRef, source: SourceRef, location: SourceLocation) {
        self.secret = secret
        self.source = source
        self.location = location
    }
}

/// What a plain-HTTP request gets on a host.
public enum PlainHTTPBehaviour: Sendable, Hashable {
    /// It is routed like an HTTPS request.
    case serve
    /// It is redirected to HTTPS with this status code.
    case redirectToHTTPS(statusCode: Int)
}

/// An immutable value stored out of line; replaced, never changed, so copies may share it.
@usableFromInline final class ValueBox<Value: Sendable>: Sendable {
    @usableFromInline let value: Value

    @usableFromInline init(_ value: Value) {
        self.value = value
    }
}
