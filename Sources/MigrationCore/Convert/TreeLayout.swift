/// Places rendered documents into the folders of a ``SplitMode``.
///
/// Persona split (the default):
/// - `infrastructure-provider/gatewayclass-<name>.yaml`
/// - `cluster-operator/00-namespaces.yaml` (first, so `kubectl apply -R` creates namespaces
///   before the Gateways in them), `cluster-operator/<namespace>/<kind>-<name>.yaml`
/// - `application-developer/<namespace>/<kind>-<name>.yaml`
///
/// Namespace split: `<namespace>/<kind>-<name>.yaml`, cluster-scoped objects in `_cluster/`
/// (no namespace name starts with `_`). No split: `manifests.yaml`.
struct TreeLayout {
    var mode: SplitMode

    /// The relative paths of documents, grouped into files, in document order.
    func files(for documents: [EncodedDocument]) -> [(path: String, documents: [EncodedDocument])] {
        var order: [String] = []
        var grouped: [String: [EncodedDocument]] = [:]
        for document in documents {
            let path = self.path(of: document)
            if grouped[path] == nil { order.append(path) }
            grouped[path, default: []].append(document)
        }
        return order.map { ($0, grouped[$0]!) }
    }

    func path(of document: EncodedDocument) -> String {
        let file = "\(document.kind.lowercased())-\(document.name).yaml"
        switch mode {
        case .none:
            return "manifests.yaml"
        case .namespace:
            if document.kind == "Namespace" { return "_cluster/00-namespaces.yaml" }
            return (document.namespace.isEmpty ? "_cluster" : document.namespace) + "/" + file
        case .persona:
            let persona = Persona.owner(of: document)
            if document.kind == "Namespace" { return "\(persona.rawValue)/00-namespaces.yaml" }
            if document.namespace.isEmpty { return "\(persona.rawValue)/\(file)" }
            return "\(persona.rawValue)/\(document.namespace)/\(file)"
        }
    }
}
