import YAMLKit

/// Reads manifests of any kind, in any layout, as generic objects for a comparison: every
/// document of every file, and each item of a `kind: List` (as `kubectl get -o yaml` prints).
///
/// - Malformed YAML throws ``InputError`` with `file:line:column`.
/// - A document that is not a Kubernetes object (no `apiVersion` or no `kind`: a values file,
///   `report.json`) is passed over, as is a kustomize build file (`kustomize.config.k8s.io`).
/// - A Secret's `data` and `stringData` are never kept, so they cannot reach any output.
/// - An object without `metadata.name` is skipped with ``FindingCode/diffUnnamedObject``.
/// - An object defined twice is kept once, as its last definition (what `kubectl apply` of the
///   files in order leaves), with both places among its origins and
///   ``FindingCode/diffDuplicateObject``.
public struct ManifestObjectReader: Sendable {
    /// YAML limits.
    public var limits: ParseLimits

    /// Creates a reader.
    public init(limits: ParseLimits = .default) {
        self.limits = limits
    }

    /// The objects of every file, in the order they are first defined.
    public func read(_ files: [SourceFile], findings: inout FindingList) throws(InputError) -> [ManifestObject] {
        var objects: [ManifestObject] = []
        var positions: [ObjectIdentity: Int] = [:]
        for file in files {
            for (object, location) in try objectsOf(file, findings: &findings) {
                guard let position = positions[object.identity] else {
                    positions[object.identity] = objects.count
                    objects.append(object)
                    continue
                }
                let earlier = objects[position].origins
                findings.add(
                    Finding(
                        .diffDuplicateObject, object: ObjectRef(kind: object.identity.kind, namespace: object.identity.namespace, name: object.identity.name),
                        at: location, message: "\(object.identity) is also defined at \(earlier.joined(separator: ", ")); this later definition is compared"))
                objects[position] = ManifestObject(identity: object.identity, value: object.value, origins: earlier + object.origins)
            }
        }
        return objects
    }

    private func objectsOf(_ file: SourceFile, findings: inout FindingList) throws(InputError) -> [(ManifestObject, SourceLocation)] {
        var objects: [(ManifestObject, SourceLocation)] = []
        do {
            let parser = try YAMLParser(bytes: file.bytes, limits: limits)
            while let document = try parser.nextDocument() {
                guard let root = document.root else { continue }
                collect(root, file: file.path, into: &objects, findings: &findings)
            }
        } catch let error as YAMLError {
            let location = error.mark.map { SourceLocation(file: file.path, line: $0.line, column: $0.column) }
            throw InputError(path: file.path, location: location, message: error.message)
        } catch {
            throw InputError(path: file.path, message: "\(error)")
        }
        return objects
    }

    private func collect(_ node: Node, file: String, into objects: inout [(ManifestObject, SourceLocation)], findings: inout FindingList) {
        guard case .string(let apiVersion)? = node["apiVersion"]?.toValue(), case .string(let kind)? = node["kind"]?.toValue() else { return }
        let location = SourceLocation(file: file, line: node.mark.line, column: node.mark.column)
        if kind.hasSuffix("List"), let items = node["items"]?.sequence {
            for item in items { collect(item, file: file, into: &objects, findings: &findings) }
            return
        }
        let group = ObjectIdentity.group(ofAPIVersion: apiVersion)
        if group == "kustomize.config.k8s.io" { return }
        var value = node.toValue()
        if group.isEmpty && kind == "Secret", case .mapping(let entries) = value {
            value = .mapping(entries.filter { $0.key != "data" && $0.key != "stringData" })
        }
        guard case .string(let name)? = value["metadata"]?["name"], !name.isEmpty else {
            findings.add(Finding(.diffUnnamedObject, at: location, message: "\(kind) has no metadata.name; it is not compared"))
            return
        }
        var namespace = ""
        if !KindScope.isClusterScoped(group: group, kind: kind) {
            if case .string(let given)? = value["metadata"]?["namespace"], !given.isEmpty { namespace = given } else { namespace = "default" }
        }
        let identity = ObjectIdentity(group: group, kind: kind, namespace: namespace, name: name)
        objects.append((ManifestObject(identity: identity, value: value, origins: [location.description]), location))
    }
}
