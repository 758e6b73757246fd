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
        if let allowed = gateway.allowedListeners {
            let namespaces = encode(allowed) ?? .mapping([.init("from", .string("Same"))])
            spec.add("allowedListeners", YAMLValue.mapping([.init("namespaces", namespaces)]))
        }
        spec.add("listeners", .sequence(gateway.listeners.map { encode($0, ownerNamespace: gateway.meta.namespace) }))
        if let validation = gateway.frontendValidation {
            spec.add("tls", encode(validation, ownerNamespace: gateway.meta.namespace))
        }
        object.add("spec", spec.value)
        return object.value
    }

    /// `tls.frontend.default.validation` with its one ConfigMap reference (namespaced only when
    /// it is not the Gateway's) and an explicit mode.
    private func encode(_ validation: FrontendValidation, ownerNamespace: String) -> YAMLValue {
        var ref = MappingBuilder()
        ref.add("group", "")
        ref.add("kind", "ConfigMap")
        ref.add("name", validation.caConfigMap.name)
        ref.add("namespace", validation.caConfigMap.namespace == ownerNamespace ? nil : validation.caConfigMap.namespace)
        var body = MappingBuilder()
        body.add("caCertificateRefs", .sequence([ref.value]))
        body.add("mode", validation.mode.rawValue)
        let value = YAMLValue.mapping([.init("validation", body.value)])
        return .mapping([.init("frontend", .mapping([.init("default", value)]))])
    }

    func encode(_ listenerSet: ListenerSet) -> YAMLValue {
        var object = head(apiVersion: "\(gatewayGroup)/v1", kind: "ListenerSet", meta: listenerSet.meta)
        var spec = MappingBuilder()
        var parent = MappingBuilder()
        parent.add("name", listenerSet.gatewayName)
        parent.add("namespace", listenerSet.gatewayNamespace)
        spec.add("parentRef", parent.value)
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
        var allowedRoutes = MappingBuilder()
        allowedRoutes.add("namespaces", encode(listener.allowedNamespaces))
        allowedRoutes.add("kinds", .sequence(listener.allowedRouteKinds.map { .mapping([.init("kind", .string($0))]) }))
        entry.add("allowedRoutes", allowedRoutes.value)
        return entry.value
    }

    /// The `namespaces` value of `allowedRoutes` or `allowedListeners`; nil for `Same`, the
    /// default of `allowedRoutes`.
    private func encode(_ allowed: AllowedNamespaces) -> YAMLValue? {
        switch allowed {
        case .same:
            return nil
        case .all:
            return .mapping([.init("from", .string("All"))])
        case .names(let names):
            let expression = LabelSelector.Requirement(key: "kubernetes.io/metadata.name", operator: .in, values: names)
            return selectorNamespaces(LabelSelector(matchExpressions: [expression]))
        case .labelIn(let key, let values):
            return selectorNamespaces(LabelSelector(matchExpressions: [LabelSelector.Requirement(key: key, operator: .in, values: values)]))
        case .selector(let selector):
            return selectorNamespaces(selector)
        }
    }

    private func selectorNamespaces(_ selector: LabelSelector) -> YAMLValue {
        var body = MappingBuilder()
        body.add("matchLabels", YAMLValue.sortedStrings(selector.matchLabels))
        body.add(
            "matchExpressions",
            .sequence(
                selector.matchExpressions.map { requirement in
                    var item = MappingBuilder()
                    item.add("key", requirement.key)
                    item.add("operator", requirement.operator.rawValue)
                    item.add("values", strings: requirement.values)
                    return item.value
                }))
        return .mapping([.init("from", .string("Selector")), .init("selector", body.value)])
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
        to.add("name", grant.toName.isEmpty ? nil : grant.toName)
        var spec = MappingBuilder()
        spec.add("from", .sequence([from.value]))
        spec.add("to", .sequence([to.value]))
        object.add("spec", spec.value)
        return object.value
    }
}
