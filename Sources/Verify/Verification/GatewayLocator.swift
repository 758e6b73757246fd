import MigrationCore

/// Which generated Gateway replaces the controller address an Ingress was served on: the
/// Gateway its routes attach to (directly or through a ListenerSet). Probes of an Ingress
/// that got no route go to a Gateway of another Ingress of the same class.
struct GatewayLocator {
    struct Address: Hashable, Comparable {
        var namespace: String
        var name: String

        static func < (lhs: Address, rhs: Address) -> Bool { (lhs.namespace, lhs.name) < (rhs.namespace, rhs.name) }
    }

    /// The first Gateway, by namespace and name, that each Ingress's routes attach to.
    private var byIngress: [ObjectRef: Address] = [:]

    init(_ objects: GeneratedObjects) {
        var sets: [Address: Address] = [:]
        for set in objects.listenerSets {
            sets[Address(namespace: set.meta.namespace, name: set.meta.name)] =
                Address(namespace: set.gatewayNamespace ?? set.meta.namespace, name: set.gatewayName)
        }
        // A route that many Gateways serve (one host under many classes) lists them all, and
        // the Ingresses it came from: its first Gateway is worked out once for all of them.
        for route in objects.httpRoutes {
            let gateways = route.parentRefs.compactMap { parent -> Address? in
                let target = Address(namespace: parent.namespace ?? route.meta.namespace, name: parent.name)
                return parent.kind == "ListenerSet" ? sets[target] : target
            }
            guard let first = gateways.min() else { continue }
            for source in route.meta.sources where source.object.kind == "Ingress" {
                byIngress[source.object] = byIngress[source.object].map { Swift.min($0, first) } ?? first
            }
        }
    }

    /// The Gateway for a probe: its Ingress's, else `classGateway` (see
    /// ``classGateway(_:)``); nil when the translation generated none.
    func gateway(for ingress: ObjectRef?, classGateway: Address?) -> Address? {
        if let ingress, let own = byIngress[ingress] { return own }
        return classGateway
    }

    /// The Gateway of a class's Ingresses: the first, by namespace and name, of those they
    /// got. Worked out once per class, for the probes whose own Ingress got none.
    func classGateway(_ classIngresses: [ObjectRef]) -> Address? {
        classIngresses.compactMap { byIngress[$0] }.min()
    }
}
