import YAMLKit

extension ObjectEncoder {
    func encode(_ route: GRPCRoute) -> YAMLValue {
        var object = head(apiVersion: "\(gatewayGroup)/v1", kind: "GRPCRoute", meta: route.meta)
        var spec = MappingBuilder()
        spec.add("parentRefs", .sequence(route.parentRefs.map(encode)))
        spec.add("hostnames", strings: route.hostnames)
        spec.add("rules", .sequence(route.rules.map(encode)))
        object.add("spec", spec.value)
        return object.value
    }

    func encode(_ rule: GRPCRouteRule) -> YAMLValue {
        var entry = MappingBuilder()
        let headers = YAMLValue.sequence(rule.headers.map { header in
            var item = MappingBuilder()
            if header.isRegularExpression { item.add("type", "RegularExpression") }
            item.add("name", header.name)
            item.add("value", header.value)
            return item.value
        })
        var matches: [YAMLValue] = rule.methods.map { method in
            var match = MappingBuilder()
            var body = MappingBuilder()
            body.add("service", method.service)
            body.add("method", method.method)
            match.add("method", body.value)
            match.add("headers", headers)
            return match.value
        }
        if matches.isEmpty && !rule.headers.isEmpty { matches = [.mapping([.init("headers", headers)])] }
        entry.add("matches", .sequence(matches))
        entry.add("filters", .sequence(rule.filters.map(encode)))
        entry.add("backendRefs", .sequence(rule.backendRefs.map(encode)))
        return entry.value
    }

    func encode(_ route: TLSRoute) -> YAMLValue {
        var object = head(apiVersion: "\(gatewayGroup)/v1", kind: "TLSRoute", meta: route.meta)
        var spec = MappingBuilder()
        spec.add("parentRefs", .sequence(route.parentRefs.map(encode)))
        spec.add("hostnames", strings: route.hostnames)
        spec.add("rules", .sequence([.mapping([.init("backendRefs", .sequence(route.backendRefs.map(encode)))])]))
        object.add("spec", spec.value)
        return object.value
    }

    func encode(_ route: StreamRoute) -> YAMLValue {
        var object = head(apiVersion: "\(gatewayGroup)/v1", kind: route.kind, meta: route.meta)
        var spec = MappingBuilder()
        spec.add("parentRefs", .sequence(route.parentRefs.map(encode)))
        spec.add("rules", .sequence([.mapping([.init("backendRefs", .sequence(route.backendRefs.map(encode)))])]))
        object.add("spec", spec.value)
        return object.value
    }

    func encode(_ policy: BackendTLSPolicy) -> YAMLValue {
        var object = head(apiVersion: "\(gatewayGroup)/v1", kind: "BackendTLSPolicy", meta: policy.meta)
        var spec = MappingBuilder()
        spec.add("targetRefs", .sequence([.mapping([.init("group", .string("")), .init("kind", .string("Service")), .init("name", .string(policy.serviceName))])]))
        var validation = MappingBuilder()
        if policy.caConfigMaps.isEmpty {
            validation.add("wellKnownCACertificates", "System")
        } else {
            validation.add("caCertificateRefs", .sequence(policy.caConfigMaps.map {
                .mapping([.init("group", .string("")), .init("kind", .string("ConfigMap")), .init("name", .string($0))])
            }))
        }
        validation.add("hostname", policy.hostname)
        spec.add("validation", validation.value)
        object.add("spec", spec.value)
        return object.value
    }
}
