import YAMLKit

extension ObjectEncoder {
    func encode(_ route: HTTPRoute, into tape: inout YAMLTape) {
        tape.mapping { object in
            recordHead(apiVersion: "\(gatewayGroup)/v1", kind: "HTTPRoute", meta: route.meta, into: &object)
            object.add("spec") { spec in
                spec.add("parentRefs", each: route.parentRefs) { encode($1, into: &$0) }
                spec.add("hostnames", strings: route.hostnames)
                spec.add("rules", each: route.rules) { encode($1, into: &$0) }
            }
        }
    }

    func encode(_ parent: ParentRef, into tape: inout YAMLTape) {
        tape.mapping { entry in
            if let kind = parent.kind {
                entry.add("group", gatewayGroup)
                entry.add("kind", kind)
            }
            entry.add("name", parent.name)
            entry.add("namespace", parent.namespace)
            entry.add("sectionName", parent.sectionName)
            entry.add("port", parent.port)
        }
    }

    func encode(_ rule: HTTPRouteRule, into tape: inout YAMLTape) {
        tape.mapping { entry in
            entry.add("name", rule.name)
            entry.add("matches", each: rule.matches) { encode($1, into: &$0) }
            entry.add("filters", each: rule.filters) { encode($1, into: &$0) }
            entry.add("backendRefs", each: rule.backendRefs) { encode($1, into: &$0) }
            if let timeout = rule.requestTimeout {
                entry.add("timeouts") { $0.add("request", timeout) }
            }
            if let session = rule.sessionPersistence {
                entry.add("sessionPersistence") { body in
                    body.add("sessionName", session.cookieName)
                    body.add("absoluteTimeout", session.absoluteTimeout)
                    body.add("type", "Cookie")
                    if session.absoluteTimeout != nil { body.add("cookieConfig") { $0.add("lifetimeType", "Permanent") } }
                }
            }
            if let retry = rule.retry {
                entry.add("retry") { body in
                    body.add("codes", each: retry.codes) { $0.int($1) }
                    body.add("attempts", retry.attempts)
                }
            }
        }
    }

    func encode(_ match: HTTPRouteMatch, into tape: inout YAMLTape) {
        tape.mapping { entry in
            entry.add("path") { path in
                path.add("type", match.pathType.rawValue)
                path.add("value", match.path)
            }
            entry.add("headers", each: match.headers) { encode($1, into: &$0) }
            entry.add("queryParams", each: match.queryParams) { tape, parameter in
                tape.mapping { item in
                    if parameter.isRegularExpression { item.add("type", "RegularExpression") }
                    item.add("name", parameter.name)
                    item.add("value", parameter.value)
                }
            }
            entry.add("method", match.method)
        }
    }

    func encode(_ backend: BackendRef, into tape: inout YAMLTape) {
        tape.mapping { entry in
            entry.add("group", backend.group)
            entry.add("kind", backend.kind)
            entry.add("name", backend.name)
            entry.add("namespace", backend.namespace)
            entry.add("port", backend.port)
            entry.add("weight", backend.weight)
            entry.add("filters", each: backend.filters) { encode($1, into: &$0) }
        }
    }
}
