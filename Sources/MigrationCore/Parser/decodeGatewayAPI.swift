import YAMLKit

extension NodeReader {
    /// Reads the parts of an HTTPRoute that decide whether it attaches: parents, hostnames and
    /// backends.
    func decodeExistingRoute(_ root: Node) throws -> ExistingRoute {
        let meta = try decodeMetadata(root)
        var parents: [ExistingParentRef] = []
        var hostnames: [String] = []
        var backends: [ExistingBackendRef] = []
        if let spec = child(root, "spec") {
            if let node = child(spec, "parentRefs") {
                for (index, item) in try sequence(node, "spec.parentRefs").enumerated() {
                    let field = "spec.parentRefs[\(index)]"
                    guard let name = try optionalString(item, "name", field: "\(field).name") else {
                        throw ObjectShapeError(location: location(item), message: "\(field).name is missing")
                    }
                    parents.append(
                        ExistingParentRef(
                            group: try optionalString(item, "group", field: "\(field).group")?.value,
                            kind: try optionalString(item, "kind", field: "\(field).kind")?.value, name: name.value,
                            namespace: try optionalString(item, "namespace", field: "\(field).namespace")?.value,
                            sectionName: try optionalString(item, "sectionName", field: "\(field).sectionName")?.value,
                            port: try child(item, "port").map { try integer($0, "\(field).port") }, location: location(item)))
                }
            }
            if let node = child(spec, "hostnames") {
                hostnames = try sequence(node, "spec.hostnames").map { try string($0, "spec.hostnames[]") }
            }
            if let node = child(spec, "rules") {
                for (ruleIndex, rule) in try sequence(node, "spec.rules").enumerated() {
                    guard let refs = child(rule, "backendRefs") else { continue }
                    for (index, item) in try sequence(refs, "spec.rules[\(ruleIndex)].backendRefs").enumerated() {
                        let field = "spec.rules[\(ruleIndex)].backendRefs[\(index)]"
                        guard let name = try optionalString(item, "name", field: "\(field).name") else {
                            throw ObjectShapeError(location: location(item), message: "\(field).name is missing")
                        }
                        backends.append(
                            ExistingBackendRef(
                                group: try optionalString(item, "group", field: "\(field).group")?.value,
                                kind: try optionalString(item, "kind", field: "\(field).kind")?.value, name: name.value,
                                namespace: try optionalString(item, "namespace", field: "\(field).namespace")?.value,
                                location: location(item)))
                    }
                }
            }
        }
        return ExistingRoute(
            ref: ObjectRef(kind: "HTTPRoute", namespace: meta.namespace, name: meta.name), location: location(root),
            parentRefs: parents, hostnames: hostnames, backendRefs: backends)
    }

    /// Reads a ReferenceGrant's `from` and `to` lists.
    func decodeExistingGrant(_ root: Node) throws -> ExistingReferenceGrant {
        let meta = try decodeMetadata(root)
        var from: [(group: String, kind: String, namespace: String)] = []
        var to: [(group: String, kind: String, name: String?)] = []
        if let spec = child(root, "spec") {
            if let node = child(spec, "from") {
                for item in try sequence(node, "spec.from") {
                    from.append(
                        (try optionalString(item, "group", field: "spec.from[].group")?.value ?? "",
                         try optionalString(item, "kind", field: "spec.from[].kind")?.value ?? "",
                         try optionalString(item, "namespace", field: "spec.from[].namespace")?.value ?? ""))
                }
            }
            if let node = child(spec, "to") {
                for item in try sequence(node, "spec.to") {
                    to.append(
                        (try optionalString(item, "group", field: "spec.to[].group")?.value ?? "",
                         try optionalString(item, "kind", field: "spec.to[].kind")?.value ?? "",
                         try optionalString(item, "name", field: "spec.to[].name")?.value))
                }
            }
        }
        return ExistingReferenceGrant(namespace: meta.namespace, from: from, to: to)
    }
}
