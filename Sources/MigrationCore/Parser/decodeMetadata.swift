import YAMLKit

/// Kubernetes limits the annotations of one object to 256 KiB in total (keys and values).
let maxTotalAnnotationBytes = 256 * 1024

extension NodeReader {
    /// Reads `metadata`. Objects without a namespace are in `default`, as `kubectl apply` would
    /// place them; cluster-scoped kinds get an empty namespace.
    func decodeMetadata(_ root: Node, clusterScoped: Bool = false) throws -> ObjectMeta {
        guard let metaNode = child(root, "metadata") else {
            throw ObjectShapeError(location: location(root), message: "metadata is missing")
        }
        _ = try mapping(metaNode, "metadata")
        guard let nameNode = child(metaNode, "name") else {
            throw ObjectShapeError(location: location(metaNode), message: "metadata.name is missing")
        }
        let name = try string(nameNode, "metadata.name")
        guard KubernetesName.isSubdomain(name) else {
            throw ObjectShapeError(
                location: location(nameNode),
                message: "metadata.name \(KubernetesName.quoted(name)) is not a name the API server accepts (lowercase letters, digits, \"-\" and \".\", starting and ending with a letter or digit, at most 253 characters)")
        }
        let namespaceField = try optionalString(metaNode, "namespace", field: "metadata.namespace")
        var namespace = namespaceField?.value ?? ""
        if let namespaceField, !namespace.isEmpty, !clusterScoped, !KubernetesName.isLabel(namespace) {
            throw ObjectShapeError(
                location: namespaceField.location,
                message: "metadata.namespace \(KubernetesName.quoted(namespace)) is not a namespace the API server accepts (lowercase letters, digits and \"-\", starting and ending with a letter or digit, at most 63 characters)")
        }
        if namespace.isEmpty { namespace = "default" }
        if clusterScoped { namespace = "" }
        let created = try optionalString(metaNode, "creationTimestamp", field: "metadata.creationTimestamp")?.value
        var annotations: [Annotation] = []
        var annotationBytes = 0
        if let node = child(metaNode, "annotations") {
            for entry in try stringMap(node, "metadata.annotations") {
                annotationBytes += entry.key.utf8.count + entry.value.utf8.count
                annotations.append(
                    Annotation(
                        key: entry.key, value: entry.value,
                        location: location(entry.keyNode), valueLocation: location(entry.valueNode)))
            }
            if annotationBytes > maxTotalAnnotationBytes {
                throw InputError(
                    path: file, location: location(node),
                    message: "metadata.annotations of \(name) total \(annotationBytes) bytes, over the Kubernetes limit of 262144 bytes (256 KiB)")
            }
        }
        var labels: [(key: String, value: String)] = []
        if let node = child(metaNode, "labels") {
            labels = try stringMap(node, "metadata.labels").map { ($0.key, $0.value) }
        }
        return ObjectMeta(
            name: name, namespace: namespace, creationTimestamp: created,
            annotations: annotations, labels: labels)
    }
}
