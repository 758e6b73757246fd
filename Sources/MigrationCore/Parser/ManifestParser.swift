import YAMLKit

/// Stage 1: reads every input file's YAML stream and decodes the kinds the translation uses.
///
/// Malformed YAML, limits and unreadable input throw ``InputError`` (the command exits 2 and
/// writes nothing); an object whose fields have the wrong shape becomes an error finding and is
/// skipped, so one bad object never hides the rest.
public struct ManifestParser: Sendable {
    /// Only objects in this namespace are read (`-n`); nil reads every namespace.
    public var namespace: String?
    /// YAML limits.
    public var limits: ParseLimits
    /// How many pieces a large file of many documents is cut into and parsed at once (one per
    /// processor by default); 1 parses every file in one piece. The result is the same either
    /// way (see ``StreamChunk``).
    public var parallelism = RenderWorkers.available
    /// Files smaller than this many bytes are parsed in one piece.
    public var minimumParallelBytes = 1 << 20
    /// A large `kind: List` file is cut into runs of items of about this many bytes (and at
    /// least `parallelism` runs), so that only a few runs' node trees are held at once.
    public var listPieceBytes = 1 << 18

    /// Creates a parser.
    public init(namespace: String? = nil, limits: ParseLimits = .default) {
        self.namespace = namespace
        self.limits = limits
    }

    /// Parses every file, in order.
    public func parse(_ files: [SourceFile], findings: inout FindingList) throws(InputError) -> ParsedManifests {
        var result = ParsedManifests()
        for file in files {
            try parse(file, into: &result, findings: &findings)
        }
        return result
    }

    private func parse(_ file: SourceFile, into result: inout ParsedManifests, findings: inout FindingList) throws(InputError) {
        if let pieces = parseInPieces(file) {
            for piece in pieces {
                result.append(piece.manifests)
                findings.add(contentsOf: piece.findings.all)
            }
            return
        }
        let reader = NodeReader(file: file.path)
        do {
            let parser = try YAMLParser(bytes: file.bytes, limits: limits)
            _ = try decodeDocuments(of: parser, reader: reader, into: &result, findings: &findings)
        } catch let error as YAMLError {
            let location = error.mark.map { SourceLocation(file: file.path, line: $0.line, column: $0.column) }
            var message = error.message
            if let related = error.relatedMark, error.kind == .duplicateKey, !message.contains("first defined") {
                message += " (first defined at \(file.path):\(related.line):\(related.column))"
            }
            throw InputError(path: file.path, location: location, message: message)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(path: file.path, message: "\(error)")
        }
    }

    /// Decodes every document `parser` reads; returns how many documents there were.
    func decodeDocuments(
        of parser: YAMLParser, reader: NodeReader, into result: inout ParsedManifests, findings: inout FindingList
    ) throws -> Int {
        var documents = 0
        while let document = try parser.nextDocument() {
            documents += 1
            guard let root = document.root else { continue }
            try decodeObject(root, reader: reader, into: &result, findings: &findings)
        }
        return documents
    }

    /// Decodes one object, or each item of a `kind: List`.
    func decodeObject(
        _ root: Node, reader: NodeReader, into result: inout ParsedManifests, findings: inout FindingList
    ) throws {
        guard root.mapping != nil else {
            findings.add(
                Finding(.notAnObject, at: reader.location(root), message: "document is not a Kubernetes object (not a mapping); skipped"))
            return
        }
        guard let kind = root["kind"]?.scalar?.text, let apiVersion = root["apiVersion"]?.scalar?.text else {
            findings.add(Finding(.notAnObject, at: reader.location(root), message: "object has no apiVersion or kind; skipped"))
            return
        }
        if Self.isListKind(kind, of: root) {
            guard let items = reader.child(root, "items") else { return }
            guard let list = items.sequence else {
                findings.add(Finding(.invalidObject, at: reader.location(items), message: "items must be a list; \(kind) skipped"))
                return
            }
            for item in list { try decodeObject(item, reader: reader, into: &result, findings: &findings) }
            return
        }
        do {
            try decodeKnownKind(kind, apiVersion: apiVersion, root: root, reader: reader, into: &result)
        } catch let shape as ObjectShapeError {
            // The name and namespace as they were written may break the API server's rules
            // (line breaks included): findings name them with those characters escaped.
            let name = (root["metadata"]?["name"]?.scalar?.text).map(Self.printable) ?? "(unnamed)"
            let namespace = (root["metadata"]?["namespace"]?.scalar?.text).map(Self.printable) ?? "default"
            findings.add(
                Finding(
                    .invalidObject, object: ObjectRef(kind: Self.printable(kind), namespace: namespace, name: name),
                    at: shape.location, message: "\(shape.message); \(Self.printable(kind)) \(name) was skipped"))
        }
    }

    /// A name as written, or its escaped, quoted form when it breaks the API server's rules.
    static func printable(_ text: String) -> String {
        text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F && $0 != "\"" } ? text : KubernetesName.quoted(text)
    }

    /// Whether an object of `kind` is a list whose `items` are decoded one by one: `List`, or
    /// any kind ending in `List` that has `items`.
    static func isListKind(_ kind: String, of root: Node) -> Bool {
        kind == "List" || (kind.hasSuffix("List") && root["items"] != nil)
    }

    private func decodeKnownKind(
        _ kind: String, apiVersion: String, root: Node, reader: NodeReader, into result: inout ParsedManifests
    ) throws {
        switch (kind, apiVersion) {
        case ("Ingress", "networking.k8s.io/v1"), ("Ingress", "networking.k8s.io/v1beta1"),
            ("Ingress", "extensions/v1beta1"):
            let ingress = try reader.decodeIngress(root, apiVersion: apiVersion)
            if accepts(ingress.meta.namespace) { result.ingresses.append(ingress) }
        case ("IngressClass", "networking.k8s.io/v1"), ("IngressClass", "networking.k8s.io/v1beta1"):
            result.ingressClasses.append(try reader.decodeIngressClass(root))
        case ("Service", "v1"):
            let service = try reader.decodeService(root)
            if accepts(service.namespace) { result.services.append(service) }
        case ("ConfigMap", "v1"):
            let configMap = try reader.decodeConfigMap(root)
            if accepts(configMap.namespace) { result.configMaps.append(configMap) }
        case ("HTTPRoute", "gateway.networking.k8s.io/v1"), ("HTTPRoute", "gateway.networking.k8s.io/v1beta1"):
            let route = try reader.decodeExistingRoute(root)
            if accepts(route.ref.namespace) { result.existingRoutes.append(route) }
        case ("ReferenceGrant", "gateway.networking.k8s.io/v1beta1"), ("ReferenceGrant", "gateway.networking.k8s.io/v1"):
            result.existingGrants.append(try reader.decodeExistingGrant(root))
        default:
            // Secrets and every other kind are counted, never kept: Secret data never reaches
            // the translation or the report.
            result.ignoredKinds[kind, default: 0] += 1
        }
    }

    private func accepts(_ objectNamespace: String) -> Bool {
        guard let namespace else { return true }
        return objectNamespace == namespace
    }
}
