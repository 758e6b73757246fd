import YAMLKit

extension ObjectEncoder {
    func encode(_ route: HTTPRoute) -> YAMLValue {
        var object = head(apiVersion: "\(gatewayGroup)/v1", kind: "HTTPRoute", meta: route.meta)
        var spec = MappingBuilder()
        spec.add("parentRefs", .sequence(route.parentRefs.map(encode)))
        spec.add("hostnames", strings: route.hostnames)
        spec.add("rules", .sequence(route.rules.map(encode)))
        object.add("spec", spec.value)
        return object.value
    }

    func encode(_ parent: ParentRef) -> YAMLValue {
        var entry = MappingBuilder()
        if let kind = parent.kind {
            entry.add("group", gatewayGroup)
            entry.add("kind", kind)
        }
        entry.add("name", parent.name)
        entry.add("namespace", parent.namespace)
        entry.add("sectionName", parent.sectionName)
        entry.add("port", parent.port)
        return entry.value
    }

    func encode(_ rule: HTTPRouteRule) -> YAMLValue {
        var entry = MappingBuilder()
        entry.add("name", rule.name)
        entry.add("matches", .sequence(rule.matches.map(encode)))
        entry.add("filters", .sequence(rule.filters.map(encode)))
        entry.add("backendRefs", .sequence(rule.backendRefs.map(encode)))
        if let timeout = rule.requestTimeout { entry.add("timeouts", YAMLValue.mapping([.init("request", .string(timeout))])) }
        if let session = rule.sessionPersistence {
            var body = MappingBuilder()
            body.add("sessionName", session.cookieName)
            body.add("absoluteTimeout", session.absoluteTimeout)
            body.add("type", "Cookie")
            if session.absoluteTimeout != nil { body.add("cookieConfig", YAMLValue.mapping([.init("lifetimeType", .string("Permanent"))])) }
            entry.add("sessionPersistence", body.value)
        }
        if let retry = rule.retry {
            var body = MappingBuilder()
            body.add("codes", .sequence(retry.codes.map { .int($0) }))
            body.add("attempts", retry.attempts)
            entry.add("retry", body.value)
        }
        return entry.value
    }

    func encode(_ match: HTTPRouteMatch) -> YAMLValue {
        var entry = MappingBuilder()
        entry.add("path", YAMLValue.mapping([.init("type", .string(match.pathType.rawValue)), .init("value", .string(match.path))]))
        entry.add(
            "headers",
            .sequence(
                match.headers.map { header in
                    var item = MappingBuilder()
                    if header.isRegularExpression { item.add("type", "RegularExpression") }
                    item.add("name", header.name)
                    item.add("value", header.value)
                    return item.value
                }))
        entry.add(
            "queryParams",
            .sequence(
                match.queryParams.map { parameter in
                    var item = MappingBuilder()
                    if parameter.isRegularExpression { item.add("type", "RegularExpression") }
                    item.add("name", parameter.name)
                    item.add("value", parameter.value)
                    return item.value
                }))
        entry.add("method", match.method)
        return entry.value
    }

    func encode(_ backend: BackendRef) -> YAMLValue {
        var entry = MappingBuilder()
        entry.add("group", backend.group)
        entry.add("kind", backend.kind)
        entry.add("name", backend.name)
        entry.add("namespace", backend.namespace)
        entry.add("port", backend.port)
        entry.add("weight", backend.weight)
        entry.add("filters", .sequence(backend.filters.map(encode)))
        return entry.value
    }
}
