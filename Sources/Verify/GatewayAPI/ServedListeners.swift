import MigrationCore

/// The listeners a Gateway serves so far, kept by what makes two of them collide
/// (``ListenerTable/collide(_:_:)``): two listeners on one port collide when either speaks
/// TCP and neither UDP (TCP takes the whole port), or when they speak the same protocol for
/// the same hostname (compared lower-cased; no hostname is a hostname of its own). So a new
/// listener collides with one of them exactly when its port has a TCP listener (and it is not
/// UDP), when it is TCP and its port has any listener that is not UDP, or when its port,
/// protocol and hostname are already served.
struct ServedListeners: Sendable {
    /// A port, a protocol and a hostname.
    private struct Key: Hashable {
        var port: Int
        var listenerProtocol: Listener.ListenerProtocol
        var hostname: String?
    }

    /// The port, protocol and hostname of each served listener.
    private var keys = Set<Key>()
    /// The ports with a TCP listener.
    private var tcpPorts = Set<Int>()
    /// The ports with a listener that is not UDP.
    private var nonUDPPorts = Set<Int>()

    /// Records a listener as served.
    mutating func insert(_ listener: Listener) {
        keys.insert(Key(port: listener.port, listenerProtocol: listener.protocol, hostname: listener.hostname?.lowercased()))
        if listener.protocol == .tcp { tcpPorts.insert(listener.port) }
        if listener.protocol != .udp { nonUDPPorts.insert(listener.port) }
    }

    /// Whether `listener` collides with a served listener.
    func collides(with listener: Listener) -> Bool {
        if listener.protocol == .tcp { return nonUDPPorts.contains(listener.port) }
        if listener.protocol != .udp, tcpPorts.contains(listener.port) { return true }
        return keys.contains(Key(port: listener.port, listenerProtocol: listener.protocol, hostname: listener.hostname?.lowercased()))
    }
}
