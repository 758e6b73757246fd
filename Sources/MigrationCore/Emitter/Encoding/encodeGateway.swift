import YAMLKit

extension ObjectEncoder {
    func encode(_ gatewayClass: GatewayClass) -> YAMLValue {
        var object = head(apiVersion: "\(gatewayGroup)/v1", kind: "GatewayClass", meta: gatewayClass.meta)
        var spec = MappingBuilder()
        spec.add("controllerName", gatewayClass.controllerName)
        spec.add("description", gatewayClass.description)
        object.add("spec", spec.value)
        return object.value
    }

    func encode(_ gateway: Gateway) -> YAMLValue {
        var object = head(apiVersion: "\(gatewayGroup)/v1", kind: "Gateway", meta: gateway.meta)
        var spec = MappingBuilder()
        spec.add("gatewayClassName", gateway.gatewayClassName)
        if gateway.allowsListenerSetsFromSameNamespace {
            spec.add("allowedListeners", YAMLValue.mapping([.init("namespaces", .mapping([.init("from", .string("Same"))]))]))
        }
        spec.add("listeners", .sequence(gateway.listeners.map { encode($0, ownerNamespace: gateway.meta.namespace) }))
        object.add("spec", spec.value)
        return object.value
    }

    func encode(_ listenerSet: ListenerSet) -> YAMLValue {
        var object = head(apiVersion: "\(gatewayGroup)/v1", kind: "ListenerSet", meta: listenerSet.meta)
        var spec = MappingBuilder()
        spec.add("parentRef", YAMLValue.mapping([.init("name", .string(listenerSet.gatewayName))]))
        spec.add("listeners", .sequence(listenerSet.listeners.map { encode($0, ownerNamespace: listenerSet.meta.namespace) }))
        object.add("spec", spec.value)
        return object.value
    }

    /// A listener; certificate references name a namespace only when it is not the owner's.
    func encode(_ listener: Listener, ownerNamespace: String) -> YAMLValue {
        var entry = MappingBuilder()
        entry.add("name", listener.name)
        entry.add("hostname", listener.hostname)
        entry.add("port", listener.port)
        entry.add("protocol", listener.protocol.rawValue)
        if listener.tlsMode != nil || !listener.certificateRefs.isEmpty {
            var tls = MappingBuilder()
            tls.add("mode", listener.tlsMode)
            tls.add(
                "certificateRefs",
                .sequence(
                    listener.certificateRefs.map { secret in
                        var ref = MappingBuilder()
                        ref.add("name", secret.name)
                        ref.add("namespace", secret.namespace == ownerNamespace ? nil : secret.namespace)
                        return ref.value
                    }))
            entry.add("tls", tls.value)
        }
        entry.add("allowedRoutes", encode(listener.allowedNamespaces))
        return entry.value
    }

    private func encode(_ allowed: AllowedNamespaces) -> YAMLValue? {
        switch allowed {
        case .same:
            return nil
        case .all:
            return .mapping([.init("namespaces", .mapping([.init("from", .string("All"))]))])
        case .names(let names):
            return selector(key: "kubernetes.io/metadata.name", values: names)
        case .labelIn(let key, let values):
            return selector(key: key, values: values)
        }
    }

    /// `from: Selector` with one `In` expression on `key`.
    private func selector(key: String, values: [String]) -> YAMLValue {
        let expression = YAMLValue.mapping([
            .init("key", .string(key)),
            .init("operator", .string("In")),
            .init("values", .sequence(values.map { .string($0) })),
        ])
        let selector = YAMLValue.mapping([.init("matchExpressions", .sequence([expression]))])
        return .mapping([.init("namespaces", .mapping([.init("from", .string("Selector")), .init("selector", selector)]))])
    }

    func encode(_ grant: ReferenceGrant) -> YAMLValue {
        var object = head(apiVersion: "\(gatewayGroup)/v1beta1", kind: "ReferenceGrant", meta: grant.meta)
        var from = MappingBuilder()
        from.add("group", grant.fromGroup)
        from.add("kind", grant.fromKind)
        from.add("namespace", grant.fromNamespace)
        var to = MappingBuilder()
        to.add("group", grant.toGroup)
        to.add("kind", grant.toKind)
        to.add("name", grant.toName)
        var spec = MappingBuilder()
        spec.add("from", .sequence([from.value]))
        spec.add("to", .sequence([to.value]))
        object.add("spec", spec.value)
        return object.value
    }
}
