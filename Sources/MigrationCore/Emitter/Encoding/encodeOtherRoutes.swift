import YAMLKit

extension ObjectEncoder {
    func encode(_ route: GRPCRoute, into tape: inout YAMLTape) {
        tape.mapping { object in
            recordHead(apiVersion: "\(gatewayGroup)/v1", kind: "GRPCRoute", meta: route.meta, into: &object)
            object.add("spec") { spec in
                spec.add("parentRefs", each: route.parentRefs) { encode($1, into: &$0) }
                spec.add("hostnames", strings: route.hostnames)
                spec.add("rules", each: route.rules) { encode($1, into: &$0) }
            }
        }
    }

    /// A rule: one match per method, each with the rule's header matches; a single match of
    /// the headers alone when there are headers and no methods.
    func encode(_ rule: GRPCRouteRule, into tape: inout YAMLTape) {
        tape.mapping { entry in
            if !rule.methods.isEmpty {
                entry.add("matches", each: rule.methods) { tape, method in
                    tape.mapping { match in
                        match.add("method") { body in
                            body.add("service", method.service)
                            body.add("method", method.method)
                        }
                        match.add("headers", each: rule.headers) { encode($1, into: &$0) }
                    }
                }
            } else if !rule.headers.isEmpty {
                entry.key("matches")
                entry.sequence { matches in
                    matches.mapping { $0.add("headers", each: rule.headers) { encode($1, into: &$0) } }
                }
            }
            entry.add("filters", each: rule.filters) { encode($1, into: &$0) }
            entry.add("backendRefs", each: rule.backendRefs) { encode($1, into: &$0) }
        }
    }

    /// A header match: `type` only for a regular expression, then name and value.
    func encode(_ header: HeaderMatch, into tape: inout YAMLTape) {
        tape.mapping { item in
            if header.isRegularExpression { item.add("type", "RegularExpression") }
            item.add("name", header.name)
            item.add("value", header.value)
        }
    }

    func encode(_ route: TLSRoute, into tape: inout YAMLTape) {
        tape.mapping { object in
            recordHead(apiVersion: "\(gatewayGroup)/v1", kind: "TLSRoute", meta: route.meta, into: &object)
            object.add("spec") { spec in
                spec.add("parentRefs", each: route.parentRefs) { encode($1, into: &$0) }
                spec.add("hostnames", strings: route.hostnames)
                encodeSingleRule(backendRefs: route.backendRefs, into: &spec)
            }
        }
    }

    func encode(_ route: StreamRoute, into tape: inout YAMLTape) {
        tape.mapping { object in
            recordHead(apiVersion: "\(gatewayGroup)/v1", kind: route.kind, meta: route.meta, into: &object)
            object.add("spec") { spec in
                spec.add("parentRefs", each: route.parentRefs) { encode($1, into: &$0) }
                encodeSingleRule(backendRefs: route.backendRefs, into: &spec)
            }
        }
    }

    /// `rules` with one rule holding the backends (`backendRefs: []` when there are none).
    private func encodeSingleRule(backendRefs: [BackendRef], into spec: inout YAMLTape) {
        spec.key("rules")
        spec.sequence { rules in
            rules.mapping { rule in
                rule.key("backendRefs")
                rule.sequence { refs in
                    for backend in backendRefs { encode(backend, into: &refs) }
                }
            }
        }
    }

    func encode(_ policy: BackendTLSPolicy, into tape: inout YAMLTape) {
        tape.mapping { object in
            recordHead(apiVersion: "\(gatewayGroup)/v1", kind: "BackendTLSPolicy", meta: policy.meta, into: &object)
            object.add("spec") { spec in
                spec.key("targetRefs")
                spec.sequence { $0.mapping { Self.localReference(kind: "Service", name: policy.serviceName, into: &$0) } }
                spec.add("validation") { validation in
                    if policy.caConfigMaps.isEmpty {
                        validation.add("wellKnownCACertificates", "System")
                    } else {
                        validation.add("caCertificateRefs", each: policy.caConfigMaps) { tape, name in
                            tape.mapping { Self.localReference(kind: "ConfigMap", name: name, into: &$0) }
                        }
                    }
                    validation.add("hostname", policy.hostname)
                }
            }
        }
    }

    /// The entries of a reference to a core object in the same namespace: an empty group,
    /// the kind and the name.
    private static func localReference(kind: String, name: String, into ref: inout YAMLTape) {
        ref.add("group", "")
        ref.add("kind", kind)
        ref.add("name", name)
    }
}
