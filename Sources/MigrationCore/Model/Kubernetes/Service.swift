/// The parts of a core/v1 Service the translation needs: its port names and numbers.
public struct Service: Sendable {
    /// `metadata.namespace`.
    public var namespace: String
    /// `metadata.name`.
    public var name: String
    /// `spec.ports`.
    public var ports: [Port]
    /// Where the object starts.
    public var location: SourceLocation

    /// One `spec.ports` entry.
    public struct Port: Sendable, Hashable {
        /// `name`, possibly empty.
        public var name: String
        /// `port`.
        public var port: Int
        /// `targetPort` as written (a number or a container port name), when set.
        public var targetPort: String?
        /// `appProtocol`, when set.
        public var appProtocol: String?

        /// Creates a port.
        public init(name: String, port: Int, targetPort: String? = nil, appProtocol: String? = nil) {
            self.name = name
            self.port = port
            self.targetPort = targetPort
            self.appProtocol = appProtocol
        }
    }

    /// Creates a Service.
    public init(namespace: String, name: String, ports: [Port], location: SourceLocation) {
        self.namespace = namespace
        self.name = name
        self.ports = ports
        self.location = location
    }
}

/// A core/v1 ConfigMap: providers read controller settings and header sets from these.
public struct ConfigMap: Sendable {
    /// `metadata.namespace`.
    public var namespace: String
    /// `metadata.name`.
    public var name: String
    /// `data`, each value with its location.
    public var data: [String: Located<String>]
    /// Where the object starts.
    public var location: SourceLocation

    /// Creates a ConfigMap.
    public init(namespace: String, name: String, data: [String: Located<String>], location: SourceLocation) {
        self.namespace = namespace
        self.name = name
        self.data = data
        self.location = location
    }
}
