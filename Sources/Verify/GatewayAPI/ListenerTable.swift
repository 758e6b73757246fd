import MigrationCore

/// A listener as a Gateway serves it: its own or from an attached ListenerSet, with whether it
/// can take traffic.
struct EffectiveListener: Sendable {
    /// The listener.
    var listener: Listener
    /// The Gateway or ListenerSet that defines it.
    var owner: ObjectRef
    /// Why it takes no traffic (a conflict, or a certificate it may not use); nil when usable.
    var problem: String?
    /// True when it conflicts with another listener: then it is not served at all.
    var isConflicted = false

    var label: String { "listener \(listener.name) of \(owner)" }
}

/// The effective listeners of every Gateway: its own first, then those of the ListenerSets it
/// allows, oldest first, then by `namespace/name`.
///
/// - Listeners with the same port, protocol family and hostname are conflicted. Among a
///   Gateway's own listeners every one of them is; a ListenerSet listener that repeats an
///   earlier one is (the earlier one keeps serving).
/// - An HTTPS listener needs at least one certificate reference, and a Secret in another
///   namespace needs a ReferenceGrant from the owner's kind and namespace.
///
/// ListenerSets are grouped by the Gateway they name, and the listeners served so far are
/// kept by what makes two collide (``ServedListeners``), so that a Gateway with tens of
/// thousands of ListenerSet listeners is not checked pair by pair.
struct ListenerTable: Sendable {
    private(set) var listeners: [ObjectRef: [EffectiveListener]] = [:]

    init(_ configuration: GatewayAPIConfiguration) {
        var setsByGateway: [ObjectRef: [ListenerSet]] = [:]
        for set in configuration.listenerSets {
            setsByGateway[Self.gatewayRef(name: set.gatewayName, namespace: set.gatewayNamespace ?? set.meta.namespace), default: []].append(set)
        }
        for gateway in configuration.gateways {
            let key = Self.gatewayRef(name: gateway.meta.name, namespace: gateway.meta.namespace)
            let owner = key
            var merged = gateway.listeners.map { EffectiveListener(listener: $0, owner: owner) }
            Self.markOwnConflicts(&merged)
            var served = ServedListeners()
            for entry in merged where !entry.isConflicted { served.insert(entry.listener) }
            let sets = (setsByGateway[key] ?? [])
                .filter { set in
                    gateway.allowedListeners.map {
                        configuration.admits($0, namespace: set.meta.namespace, ownerNamespace: gateway.meta.namespace)
                    } ?? false
                }
                .sorted { ($0.meta.creationTimestamp ?? "", $0.meta.namespace, $0.meta.name) < ($1.meta.creationTimestamp ?? "", $1.meta.namespace, $1.meta.name) }
            for set in sets {
                let setOwner = ObjectRef(kind: "ListenerSet", namespace: set.meta.namespace, name: set.meta.name)
                for listener in set.listeners {
                    var entry = EffectiveListener(listener: listener, owner: setOwner)
                    if served.collides(with: listener) {
                        entry.isConflicted = true
                        entry.problem = "it repeats the port, protocol and hostname of an earlier listener"
                    } else {
                        served.insert(listener)
                    }
                    merged.append(entry)
                }
            }
            for index in merged.indices where merged[index].problem == nil {
                merged[index].problem = Self.certificateProblem(merged[index], configuration)
            }
            listeners[key] = merged
        }
    }

    static func gatewayRef(name: String, namespace: String) -> ObjectRef {
        ObjectRef(kind: "Gateway", namespace: namespace, name: name)
    }

    private static func markOwnConflicts(_ merged: inout [EffectiveListener]) {
        for index in merged.indices {
            let others = merged.indices.filter { $0 != index && collide(merged[$0].listener, merged[index].listener) }
            if !others.isEmpty {
                merged[index].isConflicted = true
                merged[index].problem = "another listener of the Gateway has the same port, protocol and hostname"
            }
        }
    }

    /// Whether two listeners cannot be told apart: same port, same protocol family (HTTP and
    /// HTTPS are distinct; TCP and UDP take the whole port) and same hostname.
    static func collide(_ first: Listener, _ second: Listener) -> Bool {
        guard first.port == second.port else { return false }
        if first.protocol == .tcp || second.protocol == .tcp { return first.protocol != .udp && second.protocol != .udp }
        return first.protocol == second.protocol && first.hostname?.lowercased() == second.hostname?.lowercased()
    }

    private static func certificateProblem(_ entry: EffectiveListener, _ configuration: GatewayAPIConfiguration) -> String? {
        guard entry.listener.protocol == .https else { return nil }
        if entry.listener.tlsMode == "Passthrough" { return "it passes TLS through, which HTTPRoutes cannot use" }
        guard !entry.listener.certificateRefs.isEmpty else { return "it has no certificate" }
        for secret in entry.listener.certificateRefs where secret.namespace != entry.owner.namespace {
            let allowed = configuration.grants(
                fromKind: entry.owner.kind, fromNamespace: entry.owner.namespace, toGroup: "", toKind: "Secret",
                toName: secret.name, targetNamespace: secret.namespace)
            if !allowed {
                return "no ReferenceGrant in namespace \(secret.namespace) lets it use Secret \(secret.name)"
            }
        }
        return nil
    }
}
