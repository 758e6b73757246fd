import MigrationCore

/// Whether a backend reference can receive traffic, as the specification defines a valid
/// reference: a core `Service` (other kinds are unknown to this engine), with a port, that
/// exists, and, in another namespace than the route's, a ReferenceGrant there from the
/// route's kind in the route's namespace to that Service (or to every Service).
enum BackendResolution {
    enum Resolved {
        case service(BackendService)
        case invalid(String)
    }

    static func resolve(
        _ backend: BackendRef, routeNamespace: String, routeKind: String = "HTTPRoute", configuration: GatewayAPIConfiguration
    ) -> Resolved {
        guard backend.isService else {
            return .invalid("backend \(backend.name) is a \(backend.kind ?? "Service") of group \(backend.group ?? ""), not a Service")
        }
        let namespace = backend.namespace ?? routeNamespace
        guard let port = backend.port else { return .invalid("backend \(namespace)/\(backend.name) names no port") }
        if namespace != routeNamespace
            && !configuration.grants(
                fromKind: routeKind, fromNamespace: routeNamespace, toGroup: "", toKind: "Service", toName: backend.name,
                targetNamespace: namespace)
        {
            return .invalid("no ReferenceGrant in namespace \(namespace) lets routes of \(routeNamespace) use Service \(backend.name)")
        }
        guard configuration.services.contains(namespace: namespace, name: backend.name) else {
            return .invalid("Service \(namespace)/\(backend.name) does not exist")
        }
        return .service(BackendService(namespace: namespace, name: backend.name, port: String(port)))
    }
}
