extension IRBuilder {
    /// Adds one Ingress path as a rule of its namespace's group for the server. An empty path
    /// is `/`; a missing pathType is `Prefix` (ingress-nginx's default). `group` is the
    /// position of that group once known (the paths of one Ingress rule share it);
    /// `siblings`, the number of paths in the path's Ingress rule, sizes a new group's rule list.
    mutating func add(_ path: HTTPIngressPath, of index: Int, to server: ServerSlot, group: inout Int?, siblings: Int = 1) {
        let ingress = ir.ingresses[index]
        let value = (path.path?.value).flatMap { $0.isEmpty ? nil : $0 } ?? "/"
        let valueLocation = path.path?.location ?? path.location
        let ingressPathType = path.pathType?.value ?? "Prefix"
        if path.pathType == nil, ingress.apiVersion == "networking.k8s.io/v1" {
            report(
                .missingPathType, ingress, path.location,
                "path \"\(value)\" has no pathType (the API server requires one); read as Prefix, as the controller does")
        }
        let matchType: HTTPRouteMatch.PathType
        switch ingressPathType {
        case "Exact": matchType = .exact
        case "Prefix": matchType = .pathPrefix
        case "ImplementationSpecific":
            let decided = provider.implementationSpecificMatch(path: value, ingress: ingress, location: valueLocation)
            matchType = decided.type
            if let finding = decided.finding { findings.add(finding) }
        default:
            report(
                .invalidPathType, ingress, path.pathType?.location ?? path.location,
                "pathType \"\(ingressPathType)\" is not Exact, Prefix or ImplementationSpecific; path \"\(value)\" was not translated")
            return
        }
        let source = RuleSource(ingressIndex: index, object: ingress.ref, location: valueLocation, ingressPathType: ingressPathType)
        guard let backends = resolve(path.backend, of: ingress) else { return }
        let key = PathKey(type: matchType, path: value)
        let claim = ClaimKey(server: server.position, path: key)
        if let first = claimed[claim] {
            let firstRule = ir.groups.values[Int(first.group)].rules[Int(first.rule)]
            reportDuplicate(value, host: server.key.host, first: firstRule.source, later: source, sameBackend: firstRule.backends == backends)
            return
        }
        let rule = RouteRuleIR(match: HTTPRouteMatch(pathType: matchType, path: value), backends: backends, source: source)
        let groupPosition = group ?? groupPosition(for: server, namespace: ingress.meta.namespace, expectedCount: siblings)
        group = groupPosition
        claimed[claim] = RulePosition(group: Int32(groupPosition), rule: Int32(ir.groups.values[groupPosition].rules.count))
        ir.groups.values[groupPosition].rules.append(rule)
    }

    /// Resolves a backend. Returns nil when the controller would skip the path (no Service), and
    /// an empty list when the path exists but its port cannot be resolved from the input: the
    /// rule then answers with an error instead of falling through to another rule.
    mutating func resolve(_ backend: IngressBackend, of ingress: Ingress) -> [BackendRef]? {
        switch backend.target {
        case .service(let name, let port):
            guard !name.isEmpty else {
                report(.invalidObject, ingress, backend.location, "backend names no Service; the path was not translated")
                return nil
            }
            guard KubernetesName.isLabel(name) else {
                report(
                    .invalidObject, ingress, backend.location,
                    "backend Service \(KubernetesName.quoted(name)) is not a name a Service can have (the API server refuses such an Ingress); the path was not translated")
                return nil
            }
            switch port {
            case .number(let number):
                return [BackendRef(name: name, port: number)]
            case .name(let portName):
                switch services.port(named: portName, service: name, namespace: ingress.meta.namespace) {
                case .found(let number):
                    return [BackendRef(name: name, port: number)]
                case .serviceMissing:
                    report(
                        .unresolvedPort, ingress, backend.location,
                        "Service \(ingress.meta.namespace)/\(name) is not in the input, so port \"\(portName)\" cannot be turned into a number; the rule has no backend and answers with an error",
                        hint: "add the Service manifests to the input (kubectl get service -A -o yaml), or use port.number")
                case .portMissing(let known):
                    report(
                        .unresolvedPort, ingress, backend.location,
                        "Service \(ingress.meta.namespace)/\(name) has no port named \"\(portName)\" (it has: \(known)); the rule has no backend and answers with an error")
                }
                return []
            case .none:
                report(.missingPort, ingress, backend.location, "backend Service \(name) names no port; the path was not translated")
                return nil
            }
        case .resource(let group, let kind, let name):
            report(
                .resourceBackend, ingress, backend.location,
                "resource backend \(kind).\(group) \(name) has no portable Gateway API equivalent; the path was not translated",
                hint: "route to a Service, or write an implementation-specific backendRef by hand")
            return nil
        case .missing:
            report(.invalidObject, ingress, backend.location, "backend has neither service nor resource; the path was not translated")
            return nil
        }
    }

    mutating func report(_ code: FindingCode, _ ingress: Ingress, _ location: SourceLocation, _ message: String, hint: String? = nil) {
        findings.add(Finding(code, provider: provider.name, object: ingress.ref, at: location, message: message, hint: hint))
    }

    private mutating func reportDuplicate(_ path: String, host: String, first: RuleSource, later: RuleSource, sameBackend: Bool) {
        let hostText = host.isEmpty ? "the catch-all host" : host
        let ingress = ir.ingresses[later.ingressIndex]
        let message =
            sameBackend
            ? "path \"\(path)\" on \(hostText) is also defined by the older \(first.object) (\(first.location)) with the same backend; only the older one is used"
            : "path \"\(path)\" on \(hostText) is already defined by the older \(first.object) (\(first.location)); the controller sends it to that Ingress's backend, so this backend receives no traffic"
        findings.add(
            Finding(
                .pathConflict, severity: sameBackend ? .info : nil, provider: provider.name, object: ingress.ref,
                at: later.location, message: message,
                hint: sameBackend ? nil : "remove the duplicate path, or give it another host or path"))
    }
}
