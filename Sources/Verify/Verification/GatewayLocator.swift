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

    private var byIngress: [ObjectRef: Set<Address>] = [:]

    init(_ objects: GeneratedObjects) {
        var sets: [Address: Address] = [:]
        for set in objects.listenerSets {
            sets[Address(namespace: set.meta.namespace, name: set.meta.name)] =
                Address(namespace: set.gatewayNamespace ?? set.meta.namespace, name: set.gatewayName)
        }
        for route in objects.httpRoutes {
            for parent in route.parentRefs {
                let target = Address(namespace: parent.namespace ?? route.meta.namespace, name: parent.name)
                guard let gateway = parent.kind == "ListenerSet" ? sets[target] : target else { continue }
                for source in route.meta.sources where source.object.kind == "Ingress" {
                    byIngress[source.object, default: []].insert(gateway)
                }
            }
        }
    }

    /// The Gateway for a probe: its Ingress's, else `classGateway` (see
    /// ``classGateway(_:)``); nil when the translation generated none.
    func gateway(for ingress: ObjectRef?, classGateway: Address?) -> Address? {
        if let ingress, let own = byIngress[ingress]?.min() { return own }
        return classGateway
    }

    /// The Gateway of a class's Ingresses: the first, by namespace and name, of those they
    /// got. Worked out once per class, for the probes whose own Ingress got none.
    func classGateway(_ classIngresses: [ObjectRef]) -> Address? {
        classIngresses.compactMap { byIngress[$0]?.min() }.min()
    }
}
