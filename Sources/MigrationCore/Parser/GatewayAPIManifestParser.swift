import YAMLKit

/// Reads Gateway API manifests (Gateway, ListenerSet, HTTPRoute, ReferenceGrant, GatewayClass)
/// together with Services and Namespaces, into the model types the translation emits.
///
/// Kept apart from ``ManifestParser``: that one reads what the user migrates from, this one
/// reads Gateway API objects that already exist (hand-written, or the output of an earlier
/// run). Malformed YAML throws ``InputError``; an object with a field of the wrong shape, or a
/// feature this tool does not model, is skipped and reported as ``FindingCode/invalidObject``.
public struct GatewayAPIManifestParser: Sendable {
    /// YAML limits.
    public var limits: ParseLimits

    /// Creates a parser.
    public init(limits: ParseLimits = .default) {
        self.limits = limits
    }

    /// Parses every file, in order.
    public func parse(_ files: [SourceFile], findings: inout FindingList) throws(InputError) -> GatewayAPIManifests {
        var result = GatewayAPIManifests()
        for file in files {
            let reader = NodeReader(file: file.path)
            do {
                let parser = try YAMLParser(bytes: file.bytes, limits: limits)
                while let document = try parser.nextDocument() {
                    guard let root = document.root else { continue }
                    decodeObject(root, reader: reader, into: &result, findings: &findings)
                }
            } catch let error as YAMLError {
                let location = error.mark.map { SourceLocation(file: file.path, line: $0.line, column: $0.column) }
                throw InputError(path: file.path, location: location, message: error.message)
            } catch let error as InputError {
                throw error
            } catch {
                throw InputError(path: file.path, message: "\(error)")
            }
        }
        return result
    }

    private func decodeObject(_ root: Node, reader: NodeReader, into result: inout GatewayAPIManifests, findings: inout FindingList) {
        guard let kind = root["kind"]?.scalar?.text, let apiVersion = root["apiVersion"]?.scalar?.text else {
            findings.add(Finding(.notAnObject, at: reader.location(root), message: "object has no apiVersion or kind; skipped"))
            return
        }
        if kind.hasSuffix("List"), let items = root["items"]?.sequence {
            for item in items { decodeObject(item, reader: reader, into: &result, findings: &findings) }
            return
        }
        let group = apiVersion.split(separator: "/").dropLast().joined(separator: "/")
        do {
            switch (group, kind) {
            case (gatewayGroup, "GatewayClass"): result.gatewayClasses.append(try reader.decodeGatewayClass(root))
            case (gatewayGroup, "Gateway"): result.gateways.append(try reader.decodeGateway(root))
            case (gatewayGroup, "ListenerSet"): result.listenerSets.append(try reader.decodeListenerSet(root))
            case (gatewayGroup, "HTTPRoute"): result.httpRoutes.append(try reader.decodeHTTPRoute(root))
            case (gatewayGroup, "ReferenceGrant"): result.referenceGrants += try reader.decodeReferenceGrant(root)
            case ("", "Service"): result.services.append(try reader.decodeService(root))
            case ("", "Namespace"): result.namespaces.append(try reader.decodeNamespace(root))
            default: result.ignoredKinds[kind, default: 0] += 1
            }
        } catch let shape as ObjectShapeError {
            let name = root["metadata"]?["name"]?.scalar?.text ?? "(unnamed)"
            let namespace = root["metadata"]?["namespace"]?.scalar?.text ?? "default"
            findings.add(
                Finding(
                    .invalidObject, object: ObjectRef(kind: kind, namespace: namespace, name: name),
                    at: shape.location, message: "\(shape.message); \(kind) \(name) was skipped"))
        } catch {
            findings.add(Finding(.invalidObject, at: reader.location(root), message: "\(error); \(kind) was skipped"))
        }
    }
}
