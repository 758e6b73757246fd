import YAMLKit

/// Brings an object to the form in which it is compared and shown, leaving out what does not
/// change the object the API server keeps:
///
/// - `status`, and the metadata the server writes itself: `uid`, `resourceVersion`,
///   `generation`, `creationTimestamp`, `deletionTimestamp`, `deletionGracePeriodSeconds`,
///   `managedFields`, `selfLink`, and kubectl's `kubectl.kubernetes.io/last-applied-configuration`
///   annotation; empty `labels` and `annotations`;
/// - fields set to null (the API server drops them);
/// - the version in this tool's generator annotation: any `i2gw-<version>` is shown as this
///   run's value;
/// - the namespace of a cluster-scoped kind, and a namespaced object without one gets
///   `default` (as everywhere in this tool);
/// - on a Namespace, the `kubernetes.io/metadata.name` label equal to its name and the
///   `kubernetes` finalizer, both added by the server.
///
/// Fields the CRD schema defaults are dealt with by ``ObjectReconciliation`` when two objects
/// are compared. Key order, quoting and the `apiVersion`'s version never count either: objects
/// are matched by group, and one side is reordered like the other.
public struct ManifestNormalizer: Sendable {
    /// The generator annotation value of this run (`i2gw-<version>`).
    public var generator: String

    /// Creates a normalizer.
    public init(generator: String) {
        self.generator = generator
    }

    /// Metadata fields the API server writes.
    static let serverMetadata: Set<String> = [
        "uid", "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds",
        "managedFields", "selfLink",
    ]

    /// The annotation `kubectl apply` (client-side) keeps the applied manifest in.
    static let lastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration"

    /// The object in its compared form.
    public func normalize(_ object: ManifestObject) -> ManifestObject {
        guard case .mapping(var entries) = object.value else { return object }
        entries.removeAll { $0.key == "status" || $0.value == .null }
        if let index = entries.firstIndex(where: { $0.key == "metadata" }) {
            entries[index].value = metadata(entries[index].value, of: object.identity)
        }
        if object.identity.group.isEmpty && object.identity.kind == "Namespace" {
            entries = namespaceWithoutServerFields(entries)
        }
        return ManifestObject(identity: object.identity, value: .mapping(entries), origins: object.origins)
    }

    private func metadata(_ value: YAMLValue, of identity: ObjectIdentity) -> YAMLValue {
        guard case .mapping(var entries) = value else { return value }
        entries.removeAll { Self.serverMetadata.contains($0.key) || $0.value == .null || $0.key == "namespace" }
        if !identity.namespace.isEmpty {
            let position = entries.firstIndex { $0.key == "name" }.map { $0 + 1 } ?? 0
            entries.insert(.init("namespace", .string(identity.namespace)), at: position)
        }
        if let index = entries.firstIndex(where: { $0.key == "annotations" }), case .mapping(var annotations) = entries[index].value {
            annotations.removeAll { $0.key == Self.lastAppliedAnnotation }
            for position in annotations.indices where annotations[position].key == generatorAnnotation {
                if case .string(let text) = annotations[position].value, text.hasPrefix("i2gw-") {
                    annotations[position].value = .string(generator)
                }
            }
            entries[index].value = .mapping(annotations)
        }
        entries.removeAll { ($0.key == "labels" || $0.key == "annotations") && ($0.value == .mapping([]) || $0.value == .null) }
        return .mapping(entries)
    }

    private func namespaceWithoutServerFields(_ entries: [YAMLValue.Entry]) -> [YAMLValue.Entry] {
        var entries = entries
        let name = entries.first { $0.key == "metadata" }?.value["name"]
        if let index = entries.firstIndex(where: { $0.key == "metadata" }), case .mapping(var metadata) = entries[index].value,
           let labelIndex = metadata.firstIndex(where: { $0.key == "labels" }), case .mapping(var labels) = metadata[labelIndex].value {
            labels.removeAll { $0.key == "kubernetes.io/metadata.name" && $0.value == name }
            if labels.isEmpty { metadata.remove(at: labelIndex) } else { metadata[labelIndex].value = .mapping(labels) }
            entries[index].value = .mapping(metadata)
        }
        if let index = entries.firstIndex(where: { $0.key == "spec" }), case .mapping(var spec) = entries[index].value {
            spec.removeAll { $0.key == "finalizers" && $0.value == .sequence([.string("kubernetes")]) }
            if spec.isEmpty { entries.remove(at: index) } else { entries[index].value = .mapping(spec) }
        }
        return entries
    }
}
