import YAMLKit

/// The annotation every generated object carries, naming the tool and its version.
public let generatorAnnotation = "gateway.networking.k8s.io/generator"

extension ObjectEncoder {
    /// Records `apiVersion`, `kind` and `metadata`, the head of every object, as the first
    /// entries of the object's mapping. Labels and annotations are sorted by key; the
    /// generator annotation is always there (replacing one the object had).
    func recordHead(apiVersion: String, kind: String, meta: OutputMeta, into object: inout YAMLTape) {
        object.add("apiVersion", apiVersion)
        object.add("kind", kind)
        object.add("metadata") { metadata in
            metadata.add("name", meta.name)
            metadata.add("namespace", meta.namespace.isEmpty ? nil : meta.namespace)
            metadata.add("labels", sortedStrings: meta.labels)
            if meta.annotations.isEmpty {
                metadata.key("annotations")
                metadata.mapping { annotations in
                    annotations.key(copying: generatorAnnotation)
                    annotations.string(generator)
                }
            } else {
                var annotations = meta.annotations
                annotations[generatorAnnotation] = generator
                metadata.add("annotations", sortedStrings: annotations)
            }
        }
    }
}
