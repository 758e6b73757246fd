import YAMLKit

/// The annotation every generated object carries, naming the tool and its version.
public let generatorAnnotation = "gateway.networking.k8s.io/generator"

extension ObjectEncoder {
    /// `apiVersion`, `kind` and `metadata`, the head of every object.
    func head(apiVersion: String, kind: String, meta: OutputMeta) -> MappingBuilder {
        var object = MappingBuilder()
        object.add("apiVersion", apiVersion)
        object.add("kind", kind)
        var metadata = MappingBuilder()
        metadata.add("name", meta.name)
        metadata.add("namespace", meta.namespace.isEmpty ? nil : meta.namespace)
        metadata.add("labels", YAMLValue.sortedStrings(meta.labels))
        var annotations = meta.annotations
        annotations[generatorAnnotation] = generator
        metadata.add("annotations", YAMLValue.sortedStrings(annotations))
        object.add("metadata", metadata.value)
        return object
    }
}
