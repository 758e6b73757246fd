import YAMLKit

/// `--emit-rbac`: for each persona, the role that lets it apply its own folder and nothing
/// else, and an example binding to a group the user renames to their own.
///
/// - infrastructure provider (ClusterRole, cluster-wide): GatewayClasses, Gateways and routes;
/// - cluster operator (ClusterRole, cluster-wide): Gateways, ListenerSets, routes and
///   ReferenceGrants, reading GatewayClasses, and creating and labelling Namespaces (the
///   Gateways' namespace, the labels listeners select on);
/// - application developer (Role in each namespace that has routes): the route kinds only.
///
/// Every write rule grants what `kubectl apply` (client- or server-side) needs: get, list,
/// watch, create, update, patch, delete.
public struct PersonaRBAC: Sendable {
    /// The generator annotation value.
    public var generator: String

    /// Creates the builder.
    public init(generator: String) { self.generator = generator }

    static let writeVerbs = ["get", "list", "watch", "create", "update", "patch", "delete"]
    static let readVerbs = ["get", "list", "watch"]
    static let routes = ["httproutes", "grpcroutes", "tlsroutes", "tcproutes", "udproutes"]

    /// The rules of each persona: (API group, resources, verbs).
    public static func rules(of persona: Persona) -> [(group: String, resources: [String], verbs: [String])] {
        switch persona {
        case .infrastructureProvider:
            return [(gatewayGroup, ["gatewayclasses", "gateways"] + routes, writeVerbs)]
        case .clusterOperator:
            return [
                (gatewayGroup, ["gateways", "listenersets", "referencegrants"] + routes, writeVerbs),
                (gatewayGroup, ["gatewayclasses"], readVerbs),
                ("", ["namespaces"], ["get", "list", "watch", "create", "update", "patch"]),
            ]
        case .applicationDeveloper:
            return [(gatewayGroup, routes, writeVerbs)]
        }
    }

    /// The example group bound to a persona (in a namespace, for application developers).
    public static func group(of persona: Persona, namespace: String? = nil) -> String {
        switch persona {
        case .infrastructureProvider: "i2gw:infrastructure-providers"
        case .clusterOperator: "i2gw:cluster-operators"
        case .applicationDeveloper: "i2gw:developers:\(namespace ?? "")"
        }
    }

    /// The RBAC documents: one file per persona.
    public func documents(applicationNamespaces: [String]) -> [(file: String, documents: [EncodedDocument])] {
        var result: [(String, [EncodedDocument])] = []
        for persona in [Persona.infrastructureProvider, .clusterOperator] {
            let name = "i2gw-\(persona.rawValue)"
            result.append(
                ("rbac/\(persona.rawValue).yaml", [
                    role("ClusterRole", name: name, namespace: "", rules: Self.rules(of: persona)),
                    binding("ClusterRoleBinding", name: name, namespace: "", roleKind: "ClusterRole", group: Self.group(of: persona)),
                ]))
        }
        var developer: [EncodedDocument] = []
        for namespace in applicationNamespaces {
            let name = "i2gw-\(Persona.applicationDeveloper.rawValue)"
            developer.append(role("Role", name: name, namespace: namespace, rules: Self.rules(of: .applicationDeveloper)))
            developer.append(
                binding("RoleBinding", name: name, namespace: namespace, roleKind: "Role", group: Self.group(of: .applicationDeveloper, namespace: namespace)))
        }
        if !developer.isEmpty { result.append(("rbac/\(Persona.applicationDeveloper.rawValue).yaml", developer)) }
        return result
    }

    private func role(_ kind: String, name: String, namespace: String, rules: [(group: String, resources: [String], verbs: [String])]) -> EncodedDocument {
        let encoder = ObjectEncoder(generator: generator)
        return EncodedDocument(kind: kind, namespace: namespace, name: name, sources: []) { tape in
            tape.mapping { object in
                encoder.recordHead(apiVersion: "rbac.authorization.k8s.io/v1", kind: kind, meta: OutputMeta(name: name, namespace: namespace), into: &object)
                object.add("rules", each: rules) { tape, rule in
                    tape.mapping { entry in
                        entry.key("apiGroups")
                        entry.sequence { $0.string(rule.group) }
                        entry.key("resources")
                        entry.sequence { tape in rule.resources.forEach { tape.string($0) } }
                        entry.key("verbs")
                        entry.sequence { tape in rule.verbs.forEach { tape.string($0) } }
                    }
                }
            }
        }
    }

    private func binding(_ kind: String, name: String, namespace: String, roleKind: String, group: String) -> EncodedDocument {
        let encoder = ObjectEncoder(generator: generator)
        return EncodedDocument(kind: kind, namespace: namespace, name: name, sources: []) { tape in
            tape.mapping { object in
                encoder.recordHead(apiVersion: "rbac.authorization.k8s.io/v1", kind: kind, meta: OutputMeta(name: name, namespace: namespace), into: &object)
                object.key("subjects")
                object.sequence { subjects in
                    subjects.mapping { subject in
                        subject.add("apiGroup", "rbac.authorization.k8s.io")
                        subject.add("kind", "Group")
                        subject.add("name", group)
                    }
                }
                object.add("roleRef") { roleRef in
                    roleRef.add("apiGroup", "rbac.authorization.k8s.io")
                    roleRef.add("kind", roleKind)
                    roleRef.add("name", name)
                }
            }
        }
    }
}
