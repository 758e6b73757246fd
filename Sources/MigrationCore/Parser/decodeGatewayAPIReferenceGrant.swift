import YAMLKit

extension NodeReader {
    /// Reads a ReferenceGrant as one model grant per `from` × `to` pair: a reference is allowed
    /// when any pair allows it, so the expansion keeps the meaning. A `to` without `name`
    /// becomes an empty name (every object of the kind).
    func decodeReferenceGrant(_ root: Node) throws -> [ReferenceGrant] {
        let meta = try decodeOutputMeta(root, kind: "ReferenceGrant")
        let spec = try requiredChild(root, "spec")
        let froms = try sequence(try requiredChild(spec, "from"), "spec.from").enumerated().map { index, item in
            (
                group: try optionalString(item, "group", field: "spec.from[\(index)].group")?.value ?? "",
                kind: try requiredString(item, "kind", field: "spec.from[\(index)].kind"),
                namespace: try requiredString(item, "namespace", field: "spec.from[\(index)].namespace")
            )
        }
        let tos = try sequence(try requiredChild(spec, "to"), "spec.to").enumerated().map { index, item in
            (
                group: try optionalString(item, "group", field: "spec.to[\(index)].group")?.value ?? "",
                kind: try requiredString(item, "kind", field: "spec.to[\(index)].kind"),
                name: try optionalString(item, "name", field: "spec.to[\(index)].name")?.value ?? ""
            )
        }
        return froms.flatMap { from in
            tos.map { to in
                ReferenceGrant(
                    meta: meta, fromGroup: from.group, fromKind: from.kind, fromNamespace: from.namespace,
                    toGroup: to.group, toKind: to.kind, toName: to.name)
            }
        }
    }
}
