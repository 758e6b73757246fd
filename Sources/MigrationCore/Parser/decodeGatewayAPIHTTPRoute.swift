import YAMLKit

extension NodeReader {
    /// Reads an HTTPRoute. A match without `path` gets the API default (`PathPrefix /`); a
    /// rule without `matches` is kept with none (it matches every request).
    func decodeHTTPRoute(_ root: Node) throws -> HTTPRoute {
        let meta = try decodeOutputMeta(root, kind: "HTTPRoute")
        var route = HTTPRoute(meta: meta)
        guard let spec = child(root, "spec") else { return route }
        if let parents = child(spec, "parentRefs") {
            for (index, item) in try sequence(parents, "spec.parentRefs").enumerated() {
                route.parentRefs.append(try decodeParentRef(item, field: "spec.parentRefs[\(index)]"))
            }
        }
        if let hostnames = child(spec, "hostnames") {
            route.hostnames = try sequence(hostnames, "spec.hostnames").enumerated().map { index, item in
                try string(item, "spec.hostnames[\(index)]")
            }
        }
        if let rules = child(spec, "rules") {
            for (index, item) in try sequence(rules, "spec.rules").enumerated() {
                route.rules.append(try decodeRule(item, field: "spec.rules[\(index)]"))
            }
        }
        return route
    }

    private func decodeParentRef(_ node: Node, field: String) throws -> ParentRef {
        let kind = try optionalString(node, "kind", field: "\(field).kind")?.value
        var parent = ParentRef(
            kind: kind == "Gateway" ? nil : kind, name: try requiredString(node, "name", field: "\(field).name"),
            namespace: try optionalString(node, "namespace", field: "\(field).namespace")?.value,
            sectionName: try optionalString(node, "sectionName", field: "\(field).sectionName")?.value)
        if let port = child(node, "port") { parent.port = try integer(port, "\(field).port") }
        return parent
    }

    private func decodeRule(_ node: Node, field: String) throws -> HTTPRouteRule {
        _ = try mapping(node, field)
        var rule = HTTPRouteRule()
        if let matches = child(node, "matches") {
            for (index, item) in try sequence(matches, "\(field).matches").enumerated() {
                rule.matches.append(try decodeMatch(item, field: "\(field).matches[\(index)]"))
            }
        }
        if let filters = child(node, "filters") {
            for (index, item) in try sequence(filters, "\(field).filters").enumerated() {
                rule.filters.append(try decodeFilter(item, field: "\(field).filters[\(index)]"))
            }
        }
        if let backends = child(node, "backendRefs") {
            for (index, item) in try sequence(backends, "\(field).backendRefs").enumerated() {
                rule.backendRefs.append(try decodeBackendRef(item, field: "\(field).backendRefs[\(index)]"))
            }
        }
        return rule
    }

    private func decodeMatch(_ node: Node, field: String) throws -> HTTPRouteMatch {
        _ = try mapping(node, field)
        var match = HTTPRouteMatch(pathType: .pathPrefix, path: "/")
        if let path = child(node, "path") {
            let typeText = try optionalString(path, "type", field: "\(field).path.type")?.value ?? "PathPrefix"
            guard let type = HTTPRouteMatch.PathType(rawValue: typeText) else {
                throw ObjectShapeError(location: location(path), message: "\(field).path.type \"\(typeText)\" is not Exact, PathPrefix or RegularExpression")
            }
            match.pathType = type
            match.path = try optionalString(path, "value", field: "\(field).path.value")?.value ?? "/"
        }
        if let headers = child(node, "headers") {
            for (index, item) in try sequence(headers, "\(field).headers").enumerated() {
                let entry = try decodeValueMatch(item, field: "\(field).headers[\(index)]")
                match.headers.append(HeaderMatch(name: entry.name, value: entry.value, isRegularExpression: entry.isRegex))
            }
        }
        if let parameters = child(node, "queryParams") {
            for (index, item) in try sequence(parameters, "\(field).queryParams").enumerated() {
                let entry = try decodeValueMatch(item, field: "\(field).queryParams[\(index)]")
                match.queryParams.append(QueryParamMatch(name: entry.name, value: entry.value, isRegularExpression: entry.isRegex))
            }
        }
        match.method = try optionalString(node, "method", field: "\(field).method")?.value
        return match
    }

    /// A header or query parameter match: `name`, `value`, `type` (Exact or RegularExpression).
    private func decodeValueMatch(_ node: Node, field: String) throws -> (name: String, value: String, isRegex: Bool) {
        let type = try optionalString(node, "type", field: "\(field).type")?.value ?? "Exact"
        guard type == "Exact" || type == "RegularExpression" else {
            throw ObjectShapeError(location: location(node), message: "\(field).type \"\(type)\" is not Exact or RegularExpression")
        }
        return (
            try requiredString(node, "name", field: "\(field).name"), try requiredString(node, "value", field: "\(field).value"),
            type == "RegularExpression"
        )
    }

    /// A backend reference of a rule, a backend's filters, or a mirror.
    func decodeBackendRef(_ node: Node, field: String) throws -> BackendRef {
        _ = try mapping(node, field)
        var backend = BackendRef(
            name: try requiredString(node, "name", field: "\(field).name"),
            namespace: try optionalString(node, "namespace", field: "\(field).namespace")?.value, port: nil,
            group: try optionalString(node, "group", field: "\(field).group")?.value,
            kind: try optionalString(node, "kind", field: "\(field).kind")?.value)
        if let port = child(node, "port") { backend.port = try integer(port, "\(field).port") }
        if let weight = child(node, "weight") { backend.weight = try integer(weight, "\(field).weight") }
        if let filters = child(node, "filters") {
            for (index, item) in try sequence(filters, "\(field).filters").enumerated() {
                backend.filters.append(try decodeFilter(item, field: "\(field).filters[\(index)]"))
            }
        }
        return backend
    }
}
