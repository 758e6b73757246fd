import YAMLKit

extension NodeReader {
    /// Metadata of an existing Gateway API object, with its own location as its source.
    func decodeOutputMeta(_ root: Node, kind: String, clusterScoped: Bool = false) throws -> OutputMeta {
        let meta = try decodeMetadata(root, clusterScoped: clusterScoped)
        var output = OutputMeta(name: meta.name, namespace: meta.namespace)
        output.creationTimestamp = meta.creationTimestamp
        for label in meta.labels { output.labels[label.key] = label.value }
        for annotation in meta.annotations { output.annotations[annotation.key] = annotation.value }
        output.sources = [
            SourceRef(object: ObjectRef(kind: kind, namespace: meta.namespace, name: meta.name), location: location(root))
        ]
        return output
    }

    func decodeGatewayClass(_ root: Node) throws -> GatewayClass {
        let meta = try decodeOutputMeta(root, kind: "GatewayClass", clusterScoped: true)
        let spec = try requiredChild(root, "spec")
        let controller = try requiredString(spec, "controllerName", field: "spec.controllerName")
        let description = try optionalString(spec, "description", field: "spec.description")?.value
        return GatewayClass(meta: meta, controllerName: controller, description: description)
    }

    func decodeGateway(_ root: Node) throws -> Gateway {
        let meta = try decodeOutputMeta(root, kind: "Gateway")
        let spec = try requiredChild(root, "spec")
        var gateway = Gateway(meta: meta, gatewayClassName: try requiredString(spec, "gatewayClassName", field: "spec.gatewayClassName"))
        if let listeners = child(spec, "listeners") {
            for (index, item) in try sequence(listeners, "spec.listeners").enumerated() {
                gateway.listeners.append(try decodeListener(item, field: "spec.listeners[\(index)]", ownerNamespace: meta.namespace))
            }
        }
        if let allowed = child(spec, "allowedListeners"), let namespaces = child(allowed, "namespaces") {
            gateway.allowedListeners = try decodeAllowedNamespaces(namespaces, field: "spec.allowedListeners.namespaces", allowsNone: true)
        }
        return gateway
    }

    func decodeListenerSet(_ root: Node) throws -> ListenerSet {
        let meta = try decodeOutputMeta(root, kind: "ListenerSet")
        let spec = try requiredChild(root, "spec")
        let parent = try requiredChild(spec, "parentRef")
        let gatewayName = try requiredString(parent, "name", field: "spec.parentRef.name")
        var listeners: [Listener] = []
        if let node = child(spec, "listeners") {
            for (index, item) in try sequence(node, "spec.listeners").enumerated() {
                listeners.append(try decodeListener(item, field: "spec.listeners[\(index)]", ownerNamespace: meta.namespace))
            }
        }
        var set = ListenerSet(meta: meta, gatewayName: gatewayName, listeners: listeners)
        set.gatewayNamespace = try optionalString(parent, "namespace", field: "spec.parentRef.namespace")?.value
        return set
    }

    /// Reads a listener. Certificate references must name core Secrets, the only kind this
    /// tool models; without a namespace they are in the owner's.
    private func decodeListener(_ node: Node, field: String, ownerNamespace: String) throws -> Listener {
        _ = try mapping(node, field)
        let protocolText = try requiredString(node, "protocol", field: "\(field).protocol")
        guard let listenerProtocol = Listener.ListenerProtocol(rawValue: protocolText) else {
            throw ObjectShapeError(location: location(node), message: "\(field).protocol \"\(protocolText)\" is not HTTP, HTTPS, TLS, TCP or UDP")
        }
        guard let portNode = child(node, "port") else {
            throw ObjectShapeError(location: location(node), message: "\(field).port is missing")
        }
        var listener = Listener(
            name: try requiredString(node, "name", field: "\(field).name"),
            hostname: try optionalString(node, "hostname", field: "\(field).hostname")?.value,
            port: try integer(portNode, "\(field).port"), protocol: listenerProtocol)
        if let tls = child(node, "tls") {
            listener.tlsMode = try optionalString(tls, "mode", field: "\(field).tls.mode")?.value
            if let refs = child(tls, "certificateRefs") {
                for (index, ref) in try sequence(refs, "\(field).tls.certificateRefs").enumerated() {
                    let refField = "\(field).tls.certificateRefs[\(index)]"
                    let group = try optionalString(ref, "group", field: "\(refField).group")?.value ?? ""
                    let kind = try optionalString(ref, "kind", field: "\(refField).kind")?.value ?? "Secret"
                    guard group.isEmpty, kind == "Secret" else {
                        throw ObjectShapeError(location: location(ref), message: "\(refField) names a \(kind) of group \"\(group)\"; only core Secrets are modelled")
                    }
                    listener.certificateRefs.append(
                        SecretRef(
                            name: try requiredString(ref, "name", field: "\(refField).name"),
                            namespace: try optionalString(ref, "namespace", field: "\(refField).namespace")?.value ?? ownerNamespace))
                }
            }
        }
        if let allowed = child(node, "allowedRoutes") {
            if let namespaces = child(allowed, "namespaces") {
                listener.allowedNamespaces =
                    try decodeAllowedNamespaces(namespaces, field: "\(field).allowedRoutes.namespaces", allowsNone: false) ?? .same
            }
            if let kinds = child(allowed, "kinds") {
                for (index, item) in try sequence(kinds, "\(field).allowedRoutes.kinds").enumerated() {
                    listener.allowedRouteKinds.append(try requiredString(item, "kind", field: "\(field).allowedRoutes.kinds[\(index)].kind"))
                }
            }
        }
        return listener
    }

    /// `from: Same | All | Selector` (and `None` for `allowedListeners`, returned as nil). A
    /// selector on exactly the namespace-name label becomes ``AllowedNamespaces/names(_:)``.
    private func decodeAllowedNamespaces(_ node: Node, field: String, allowsNone: Bool) throws -> AllowedNamespaces? {
        let from = try optionalString(node, "from", field: "\(field).from")?.value ?? (allowsNone ? "None" : "Same")
        switch from {
        case "Same": return .same
        case "All": return .all
        case "None" where allowsNone: return nil
        case "Selector":
            let selector = try decodeLabelSelector(try requiredChild(node, "selector"), field: "\(field).selector")
            if selector.matchLabels.isEmpty, selector.matchExpressions.count == 1,
                let only = selector.matchExpressions.first, only.key == "kubernetes.io/metadata.name", only.operator == .in
            {
                return .names(only.values)
            }
            return .selector(selector)
        default:
            throw ObjectShapeError(location: location(node), message: "\(field).from \"\(from)\" is not a value Gateway API defines")
        }
    }

    private func decodeLabelSelector(_ node: Node, field: String) throws -> LabelSelector {
        var selector = LabelSelector()
        if let labels = child(node, "matchLabels") {
            for entry in try stringMap(labels, "\(field).matchLabels") { selector.matchLabels[entry.key] = entry.value }
        }
        if let expressions = child(node, "matchExpressions") {
            for (index, item) in try sequence(expressions, "\(field).matchExpressions").enumerated() {
                let itemField = "\(field).matchExpressions[\(index)]"
                let operatorText = try requiredString(item, "operator", field: "\(itemField).operator")
                guard let op = LabelSelector.Requirement.Operator(rawValue: operatorText) else {
                    throw ObjectShapeError(location: location(item), message: "\(itemField).operator \"\(operatorText)\" is not In, NotIn, Exists or DoesNotExist")
                }
                var values: [String] = []
                if let valuesNode = child(item, "values") {
                    values = try sequence(valuesNode, "\(itemField).values").map { try string($0, "\(itemField).values[]") }
                }
                selector.matchExpressions.append(
                    LabelSelector.Requirement(key: try requiredString(item, "key", field: "\(itemField).key"), operator: op, values: values))
            }
        }
        return selector
    }

    /// A Namespace and its labels.
    func decodeNamespace(_ root: Node) throws -> NamespaceObject {
        let meta = try decodeOutputMeta(root, kind: "Namespace", clusterScoped: true)
        var namespace = NamespaceObject(name: meta.name)
        namespace.meta.labels = meta.labels
        return namespace
    }

    func requiredChild(_ node: Node, _ key: String) throws -> Node {
        guard let value = child(node, key) else {
            throw ObjectShapeError(location: location(node), message: "\(key) is missing")
        }
        return value
    }

    func requiredString(_ node: Node, _ key: String, field: String) throws -> String {
        guard let value = try optionalString(node, key, field: field) else {
            throw ObjectShapeError(location: location(node), message: "\(field) is missing")
        }
        return value.value
    }
}
