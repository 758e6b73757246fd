import YAMLKit

extension ObjectEncoder {
    func encode(_ gatewayClass: GatewayClass, into tape: inout YAMLTape) {
        tape.mapping { object in
            recordHead(apiVersion: "\(gatewayGroup)/v1", kind: "GatewayClass", meta: gatewayClass.meta, into: &object)
            object.add("spec") { spec in
                spec.add("controllerName", gatewayClass.controllerName)
                spec.add("description", gatewayClass.description)
            }
        }
    }

    func encode(_ gateway: Gateway, into tape: inout YAMLTape) {
        tape.mapping { object in
            recordHead(apiVersion: "\(gatewayGroup)/v1", kind: "Gateway", meta: gateway.meta, into: &object)
            object.add("spec") { spec in
                spec.add("gatewayClassName", gateway.gatewayClassName)
                if let allowed = gateway.allowedListeners {
                    // `Same` is written out here: it is not the default of `allowedListeners`.
                    spec.add("allowedListeners") { listeners in
                        listeners.add("namespaces") { namespaces in
                            if case .same = allowed { namespaces.add("from", "Same") } else { encode(allowed, into: &namespaces) }
                        }
                    }
                }
                spec.add("listeners", each: gateway.listeners) { encode($1, ownerNamespace: gateway.meta.namespace, into: &$0) }
                if let validation = gateway.frontendValidation {
                    spec.add("tls") { encode(validation, ownerNamespace: gateway.meta.namespace, into: &$0) }
                }
            }
        }
    }

    /// The entries of `tls`: `frontend.default.validation` with its one ConfigMap reference
    /// (namespaced only when it is not the Gateway's) and an explicit mode.
    private func encode(_ validation: FrontendValidation, ownerNamespace: String, into tls: inout YAMLTape) {
        tls.add("frontend") { frontend in
            frontend.add("default") { defaults in
                defaults.add("validation") { body in
                    body.key("caCertificateRefs")
                    body.sequence { refs in
                        refs.mapping { ref in
                            ref.add("group", "")
                            ref.add("kind", "ConfigMap")
                            ref.add("name", validation.caConfigMap.name)
                            ref.add("namespace", validation.caConfigMap.namespace == ownerNamespace ? nil : validation.caConfigMap.namespace)
                        }
                    }
                    body.add("mode", validation.mode.rawValue)
                }
            }
        }
    }

    func encode(_ listenerSet: ListenerSet, into tape: inout YAMLTape) {
        tape.mapping { object in
            recordHead(apiVersion: "\(gatewayGroup)/v1", kind: "ListenerSet", meta: listenerSet.meta, into: &object)
            object.add("spec") { spec in
                spec.add("parentRef") { parent in
                    parent.add("name", listenerSet.gatewayName)
                    parent.add("namespace", listenerSet.gatewayNamespace)
                }
                spec.add("listeners", each: listenerSet.listeners) { encode($1, ownerNamespace: listenerSet.meta.namespace, into: &$0) }
            }
        }
    }

    /// A listener; certificate references name a namespace only when it is not the owner's.
    func encode(_ listener: Listener, ownerNamespace: String, into tape: inout YAMLTape) {
        tape.mapping { entry in
            entry.add("name", listener.name)
            entry.add("hostname", listener.hostname)
            entry.add("port", listener.port)
            entry.add("protocol", listener.protocol.rawValue)
            if listener.tlsMode != nil || !listener.certificateRefs.isEmpty {
                entry.add("tls") { tls in
                    tls.add("mode", listener.tlsMode)
                    tls.add("certificateRefs", each: listener.certificateRefs) { tape, secret in
                        tape.mapping { ref in
                            ref.add("name", secret.name)
                            ref.add("namespace", secret.namespace == ownerNamespace ? nil : secret.namespace)
                        }
                    }
                }
            }
            entry.add("allowedRoutes") { allowedRoutes in
                allowedRoutes.add("namespaces") { encode(listener.allowedNamespaces, into: &$0) }
                allowedRoutes.add("kinds", each: listener.allowedRouteKinds) { tape, kind in
                    tape.mapping { $0.add("kind", kind) }
                }
            }
        }
    }

    /// The entries of the `namespaces` value of `allowedRoutes` or `allowedListeners`; none for
    /// `Same`, the default of `allowedRoutes`.
    private func encode(_ allowed: AllowedNamespaces, into namespaces: inout YAMLTape) {
        switch allowed {
        case .same:
            return
        case .all:
            namespaces.add("from", "All")
        case .names(let names):
            let expression = LabelSelector.Requirement(key: "kubernetes.io/metadata.name", operator: .in, values: names)
            encode(LabelSelector(matchExpressions: [expression]), into: &namespaces)
        case .labelIn(let key, let values):
            encode(LabelSelector(matchExpressions: [LabelSelector.Requirement(key: key, operator: .in, values: values)]), into: &namespaces)
        case .selector(let selector):
            encode(selector, into: &namespaces)
        }
    }

    /// `from: Selector` and the selector, written even when it selects everything (`{}`).
    private func encode(_ selector: LabelSelector, into namespaces: inout YAMLTape) {
        namespaces.add("from", "Selector")
        namespaces.key("selector")
        namespaces.mapping { body in
            body.add("matchLabels", sortedStrings: selector.matchLabels)
            body.add("matchExpressions", each: selector.matchExpressions) { tape, requirement in
                tape.mapping { item in
                    item.add("key", requirement.key)
                    item.add("operator", requirement.operator.rawValue)
                    item.add("values", strings: requirement.values)
                }
            }
        }
    }

    func encode(_ grant: ReferenceGrant, into tape: inout YAMLTape) {
        tape.mapping { object in
            recordHead(apiVersion: "\(gatewayGroup)/v1beta1", kind: "ReferenceGrant", meta: grant.meta, into: &object)
            object.add("spec") { spec in
                spec.key("from")
                spec.sequence { from in
                    from.mapping { item in
                        item.add("group", grant.fromGroup)
                        item.add("kind", grant.fromKind)
                        item.add("namespace", grant.fromNamespace)
                    }
                }
                spec.key("to")
                spec.sequence { to in
                    to.mapping { item in
                        item.add("group", grant.toGroup)
                        item.add("kind", grant.toKind)
                        item.add("name", grant.toName.isEmpty ? nil : grant.toName)
                    }
                }
            }
        }
    }
}
