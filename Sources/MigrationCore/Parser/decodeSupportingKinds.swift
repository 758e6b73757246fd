import YAMLKit

extension NodeReader {
    /// Reads an IngressClass; `ingressclass.kubernetes.io/is-default-class: "true"` marks the
    /// class the API server assigns to new Ingresses that name none.
    func decodeIngressClass(_ root: Node) throws -> IngressClass {
        let meta = try decodeMetadata(root, clusterScoped: true)
        var controller = ""
        if let spec = child(root, "spec") {
            controller = try optionalString(spec, "controller", field: "spec.controller")?.value ?? ""
        }
        let isDefault = meta.annotation("ingressclass.kubernetes.io/is-default-class")?.value == "true"
        return IngressClass(name: meta.name, controller: controller, isDefault: isDefault, location: location(root))
    }

    /// Reads the ports of a Service.
    func decodeService(_ root: Node) throws -> Service {
        let meta = try decodeMetadata(root)
        var ports: [Service.Port] = []
        if let spec = child(root, "spec"), let portsNode = child(spec, "ports") {
            for (index, item) in try sequence(portsNode, "spec.ports").enumerated() {
                func field() -> String { "spec.ports[\(index)]" }
                guard let portNode = child(item, "port") else {
                    throw ObjectShapeError(location: location(item), message: "\(field()).port is missing")
                }
                ports.append(
                    Service.Port(
                        name: try optionalString(item, "name", field: "\(field()).name")?.value ?? "",
                        port: try integer(portNode, "\(field()).port"),
                        targetPort: try optionalString(item, "targetPort", field: "\(field()).targetPort")?.value,
                        appProtocol: try optionalString(item, "appProtocol", field: "\(field()).appProtocol")?.value))
            }
        }
        return Service(namespace: meta.namespace, name: meta.name, ports: ports, location: location(root))
    }

    /// Reads a ConfigMap's `data`.
    func decodeConfigMap(_ root: Node) throws -> ConfigMap {
        let meta = try decodeMetadata(root)
        var data: [String: Located<String>] = [:]
        if let node = child(root, "data") {
            for entry in try stringMap(node, "data") {
                data[entry.key] = Located(entry.value, at: location(entry.valueNode))
            }
        }
        return ConfigMap(namespace: meta.namespace, name: meta.name, data: data, location: location(root))
    }
}
