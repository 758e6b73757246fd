import YAMLKit

extension NodeReader {
    /// Reads an Ingress of any served version. `extensions/v1beta1` and
    /// `networking.k8s.io/v1beta1` name backends `serviceName`/`servicePort` and call the default
    /// backend `spec.backend`; they are converted to the v1 shape here.
    func decodeIngress(_ root: Node, apiVersion: String) throws -> Ingress {
        let meta = try decodeMetadata(root)
        guard let spec = child(root, "spec") else { return Ingress(meta: meta, apiVersion: apiVersion, location: location(root)) }
        _ = try mapping(spec, "spec")
        let className = try optionalString(spec, "ingressClassName", field: "spec.ingressClassName")
        var defaultBackend: IngressBackend?
        if let node = child(spec, "defaultBackend") ?? child(spec, "backend") {
            defaultBackend = try decodeBackend(node, field: "spec.defaultBackend")
        }
        var tls: [IngressTLS] = []
        if let node = child(spec, "tls") {
            let items = try sequence(node, "spec.tls")
            tls.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                tls.append(try decodeTLS(item, field: "spec.tls[\(index)]"))
            }
        }
        var rules: [IngressRule] = []
        if let node = child(spec, "rules") {
            let items = try sequence(node, "spec.rules")
            rules.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                rules.append(try decodeRule(item, field: "spec.rules[\(index)]"))
            }
        }
        return Ingress(
            meta: meta, apiVersion: apiVersion, location: location(root), ingressClassName: className,
            defaultBackend: defaultBackend, tls: tls, rules: rules)
    }

    private func decodeTLS(_ node: Node, field: @autoclosure () -> String) throws -> IngressTLS {
        _ = try mapping(node, field())
        var hosts: [Located<String>] = []
        if let hostsNode = child(node, "hosts") {
            let items = try sequence(hostsNode, "\(field()).hosts")
            hosts.reserveCapacity(items.count)
            for (index, host) in items.enumerated() {
                hosts.append(Located(try string(host, "\(field()).hosts[\(index)]"), at: location(host)))
            }
        }
        let secret = try optionalString(node, "secretName", field: "\(field()).secretName")
        return IngressTLS(hosts: hosts, secretName: secret, location: location(node))
    }

    private func decodeRule(_ node: Node, field: @autoclosure () -> String) throws -> IngressRule {
        _ = try mapping(node, field())
        let host = try optionalString(node, "host", field: "\(field()).host")
        var paths: [HTTPIngressPath] = []
        if let http = child(node, "http"), let pathsNode = child(http, "paths") {
            let items = try sequence(pathsNode, "\(field()).http.paths")
            paths.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                func pathField() -> String { "\(field()).http.paths[\(index)]" }
                _ = try mapping(item, pathField())
                guard let backendNode = child(item, "backend") else {
                    throw ObjectShapeError(location: location(item), message: "\(pathField()).backend is missing")
                }
                paths.append(
                    HTTPIngressPath(
                        path: try optionalString(item, "path", field: "\(pathField()).path"),
                        pathType: try optionalString(item, "pathType", field: "\(pathField()).pathType"),
                        backend: try decodeBackend(backendNode, field: "\(pathField()).backend"),
                        location: location(item)))
            }
        }
        return IngressRule(host: host, paths: paths, location: location(node))
    }

    private func decodeBackend(_ node: Node, field: @autoclosure () -> String) throws -> IngressBackend {
        _ = try mapping(node, field())
        if let service = child(node, "service") {
            let name = try optionalString(service, "name", field: "\(field()).service.name")?.value ?? ""
            var port = ServicePortRef.none
            if let portNode = child(service, "port") {
                if let number = child(portNode, "number") {
                    port = .number(try integer(number, "\(field()).service.port.number"))
                } else if let portName = child(portNode, "name") {
                    port = .name(try string(portName, "\(field()).service.port.name"))
                }
            }
            return IngressBackend(target: .service(name: name, port: port), location: location(node))
        }
        if let serviceName = child(node, "serviceName") {
            var port = ServicePortRef.none
            if let portNode = child(node, "servicePort") {
                if case .int(let number)? = portNode.resolved {
                    port = .number(number)
                } else {
                    port = .name(try string(portNode, "\(field()).servicePort"))
                }
            }
            let name = try string(serviceName, "\(field()).serviceName")
            return IngressBackend(target: .service(name: name, port: port), location: location(node))
        }
        if let resource = child(node, "resource") {
            let group = try optionalString(resource, "apiGroup", field: "\(field()).resource.apiGroup")?.value ?? ""
            let kind = try optionalString(resource, "kind", field: "\(field()).resource.kind")?.value ?? ""
            let name = try optionalString(resource, "name", field: "\(field()).resource.name")?.value ?? ""
            return IngressBackend(target: .resource(apiGroup: group, kind: kind, name: name), location: location(node))
        }
        return IngressBackend(target: .missing, location: location(node))
    }
}
