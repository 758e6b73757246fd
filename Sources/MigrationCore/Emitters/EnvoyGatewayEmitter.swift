import YAMLKit

/// Envoy Gateway (`gateway.envoyproxy.io/v1alpha1`): address lists, basic and external
/// authentication become a SecurityPolicy, body limits and rate limits a BackendTrafficPolicy.
/// Each policy targets exactly the route rules of the Ingress that carried the annotations
/// (`targetRefs` with the rule's `sectionName`; the rules get names for it), so one Ingress's
/// controls never spread to another's paths on the same host.
struct EnvoyGatewayEmitter: ImplementationEmitter {
    static let apiVersion = "gateway.envoyproxy.io/v1alpha1"

    /// The rules of one route that share one Ingress's intents.
    private struct Target: Hashable {
        var namespace: String
        var route: String
        var object: ObjectRef
    }

    mutating func emit(_ objects: inout GeneratedObjects, findings: inout FindingList) {
        var targets: [Target: (rules: [String], intents: [SourcedIntent])] = [:]
        for routeIndex in objects.httpRoutes.indices {
            var ruleNumber = 0
            for ruleIndex in objects.httpRoutes[routeIndex].rules.indices {
                let rule = objects.httpRoutes[routeIndex].rules[ruleIndex]
                guard let first = rule.intents.first else { continue }
                ruleNumber += 1
                let name = "rule-\(ruleNumber)"
                objects.httpRoutes[routeIndex].rules[ruleIndex].name = name
                let route = objects.httpRoutes[routeIndex].meta
                let key = Target(namespace: route.namespace, route: route.name, object: first.object)
                targets[key, default: ([], rule.intents)].rules.append(name)
            }
        }
        for target in targets.keys.sorted(by: { ($0.namespace, $0.route, $0.object) < ($1.namespace, $1.route, $1.object) }) {
            let entry = targets[target]!
            let refs = YAMLValue.sequence(entry.rules.map { rule in
                .mapping([
                    .init("group", .string(gatewayGroup)), .init("kind", .string("HTTPRoute")), .init("name", .string(target.route)),
                    .init("sectionName", .string(rule)),
                ])
            })
            let name = ObjectNaming.fit("\(target.route)-\(target.object.name)")
            var sources: [SourceRef] = []
            if let location = entry.intents.first?.location { sources = [SourceRef(object: target.object, location: location)] }
            if let security = securitySpec(entry.intents, refs: refs, findings: &findings) {
                objects.extensions.append(policy("SecurityPolicy", name, target.namespace, sources, security))
                grantAuthServices(entry.intents, from: target.namespace, sources: sources, in: &objects)
            }
            if let traffic = trafficSpec(entry.intents, refs: refs, findings: &findings) {
                objects.extensions.append(policy("BackendTrafficPolicy", name, target.namespace, sources, traffic))
            }
        }
    }

    /// A SecurityPolicy may use an auth Service in another namespace only with a ReferenceGrant
    /// naming exactly that Service and the policy's namespace.
    private func grantAuthServices(_ intents: [SourcedIntent], from namespace: String, sources: [SourceRef], in objects: inout GeneratedObjects) {
        for sourced in intents {
            guard case .externalAuth(let service, _, _) = sourced.intent, let target = service.namespace, target != namespace else { continue }
            var meta = OutputMeta(name: ObjectNaming.fit("allow-\(namespace)-securitypolicies-to-\(service.name)"), namespace: target)
            meta.sources = sources
            guard !objects.referenceGrants.contains(where: { $0.meta.namespace == target && $0.meta.name == meta.name }) else { continue }
            objects.referenceGrants.append(
                ReferenceGrant(
                    meta: meta, fromGroup: "gateway.envoyproxy.io", fromKind: "SecurityPolicy", fromNamespace: namespace,
                    toGroup: "", toKind: "Service", toName: service.name))
        }
    }

    private func policy(_ kind: String, _ name: String, _ namespace: String, _ sources: [SourceRef], _ spec: YAMLValue) -> ExtensionObject {
        var meta = OutputMeta(name: name, namespace: namespace)
        meta.sources = sources
        return ExtensionObject(apiVersion: Self.apiVersion, kind: kind, meta: meta, spec: spec)
    }
}
