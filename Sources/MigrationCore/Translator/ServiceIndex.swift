/// Looks up Service ports the way ingress-nginx does, to turn `port.name` backends into port
/// numbers: the first port whose `name` is the Ingress's port name, or whose `targetPort` is
/// written the same way.
struct ServiceIndex: Sendable {
    enum Lookup: Equatable {
        case found(Int)
        case serviceMissing
        case portMissing(known: String)
    }

    private var services: [String: Service] = [:]

    init(_ services: [Service]) {
        for service in services where self.services[service.namespace + "/" + service.name] == nil {
            self.services[service.namespace + "/" + service.name] = service
        }
    }

    /// The number of the port called `name` on the Service.
    func port(named name: String, service: String, namespace: String) -> Lookup {
        guard let found = services[namespace + "/" + service] else { return .serviceMissing }
        if let port = found.ports.first(where: { $0.name == name || $0.targetPort == name }) {
            return .found(port.port)
        }
        let known = found.ports.map { $0.name.isEmpty ? String($0.port) : "\($0.name) (\($0.port))" }
        return .portMissing(known: known.isEmpty ? "no ports" : known.joined(separator: ", "))
    }
}
