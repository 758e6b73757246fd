/// A TCP or UDP port the controller forwarded to a Service (ingress-nginx's `tcp-services` and
/// `udp-services` ConfigMaps): a listener on the Gateway and a TCPRoute or UDPRoute.
public struct StreamRouteIR: Sendable {
    /// The Gateway the port is opened on.
    public var gateway: GatewayKey
    /// True for UDP, false for TCP.
    public var isUDP: Bool
    /// The port clients connect to.
    public var port: Int
    /// The Service's namespace.
    public var namespace: String
    /// The Service and its port.
    public var backend: BackendRef
    /// The ConfigMap entry it came from.
    public var source: SourceRef

    /// Creates a stream route.
    public init(gateway: GatewayKey, isUDP: Bool, port: Int, namespace: String, backend: BackendRef, source: SourceRef) {
        self.gateway = gateway
        self.isUDP = isUDP
        self.port = port
        self.namespace = namespace
        self.backend = backend
        self.source = source
    }
}
