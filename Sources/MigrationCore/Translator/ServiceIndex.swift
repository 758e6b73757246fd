/// Looks up Service ports the way ingress-nginx does, to turn `port.name` backends into port
/// numbers: the first port whose `name` is the Ingress's port name, or whose `targetPort` is
/// written the same way.
struct ServiceIndex: Sendable {
    enum Lookup: Equatable {
        case found(Int)
        case serviceMissing
        case portMissing(known: String)
    }

    /// A Service's namespace and name, kept apart rather than joined into a new string for
    /// every Service and every lookup.
    private struct Key: Hashable {
        var namespace: String
        var name: String
    }

    private var services: [Key: Service] = [:]

    /// Indexes `services`; the first of several Services with the same namespace and name wins.
    init(_ services: [Service]) {
        self.services.reserveCapacity(services.count)
        for service in services {
            let key = Key(namespace: service.namespace, name: service.name)
            if self.services[key] == nil { self.services[key] = service }
        }
    }

    /// The number of the port called `name` on the Service.
    func port(named name: String, service: String, namespace: String) -> Lookup {
        guard let found = services[Key(namespace: namespace, name: service)] else { return .serviceMissing }
        if let port = found.ports.first(where: { $0.name == name || $0.targetPort == name }) {
            return .found(port.port)
        }
        let known = found.ports.map { $0.name.isEmpty ? String($0.port) : "\($0.name) (\($0.port))" }
        return .portMissing(known: known.isEmpty ? "no ports" : known.joined(separator: ", "))
    }
}
