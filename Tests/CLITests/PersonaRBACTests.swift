import Foundation
import Testing
import YAMLKit

/// For every `convert` case written with `--emit-rbac`: each object in a persona's folder must
/// be creatable and patchable by that persona's role (a ClusterRole bound cluster-wide, or a Role
/// bound in the object's namespace), so applying the folders in the README's order works under
/// the emitted RBAC; and no persona may write the kinds that belong to another.
@Suite struct PersonaRBACTests {
    static let personas = ["infrastructure-provider", "cluster-operator", "application-developer"]

    struct Rule {
        var groups: [String]
        var resources: [String]
        var verbs: [String]
    }

    struct Grant {
        var persona: String
        /// nil for cluster-wide.
        var namespace: String?
        var rules: [Rule]
    }

    static var casesWithRBAC: [ConvertCase] {
        ConvertCase.all().filter { FileManager.default.fileExists(atPath: $0.expectedTree.appendingPathComponent("rbac").path) }
    }

    @Test(arguments: casesWithRBAC)
    func everyObjectIsAllowedForItsPersona(_ fixture: ConvertCase) throws {
        let files = ConvertCase.files(under: fixture.expectedTree)
        let grants = try Self.grants(files.filter { $0.key.hasPrefix("rbac/") }.map(\.value))
        try #require(Set(grants.map(\.persona)).isSuperset(of: ["infrastructure-provider", "cluster-operator"]))
        var checked = 0
        for (path, text) in files where path.hasSuffix(".yaml") && !path.hasSuffix("kustomization.yaml") {
            guard let persona = Self.personas.first(where: { path.hasPrefix($0 + "/") }) else { continue }
            for object in try Self.objects(text) {
                let allowed = grants.contains { grant in
                    grant.persona == persona && (grant.namespace == nil || grant.namespace == object.namespace)
                        && grant.rules.contains {
                            $0.groups.contains(object.group) && $0.resources.contains(object.resource)
                                && $0.verbs.contains("create") && $0.verbs.contains("patch")
                        }
                }
                #expect(allowed, "\(path): \(persona) may not apply \(object.resource) \(object.namespace ?? "")/\(object.name)")
                checked += 1
            }
        }
        #expect(checked > 0)
        let readme = files["README.md"] ?? ""
        let positions = Self.personas.compactMap { readme.range(of: "\($0)/")?.lowerBound }
        #expect(positions == positions.sorted(), "README must list the persona folders in apply order")
    }

    @Test(arguments: casesWithRBAC)
    func noPersonaWritesAnotherPersonasKinds(_ fixture: ConvertCase) throws {
        let files = ConvertCase.files(under: fixture.expectedTree)
        let grants = try Self.grants(files.filter { $0.key.hasPrefix("rbac/") }.map(\.value))
        func writes(_ persona: String, _ resource: String) -> Bool {
            grants.contains { $0.persona == persona && $0.rules.contains { $0.resources.contains(resource) && $0.verbs.contains("create") } }
        }
        #expect(!writes("cluster-operator", "gatewayclasses"))
        #expect(!writes("application-developer", "gateways"))
        #expect(!writes("application-developer", "gatewayclasses"))
        #expect(!writes("application-developer", "referencegrants"))
        #expect(!writes("application-developer", "namespaces"))
        #expect(grants.filter { $0.persona == "application-developer" }.allSatisfy { $0.namespace != nil })
    }

    struct Object {
        var group: String
        var resource: String
        var namespace: String?
        var name: String
    }

    static func objects(_ text: String) throws -> [Object] {
        try YAMLParser.parseAll(Array(text.utf8)).compactMap(\.root).map { root in
            let apiVersion = root["apiVersion"]?.scalar?.text ?? ""
            let kind = root["kind"]?.scalar?.text ?? ""
            let group = apiVersion.contains("/") ? String(apiVersion.split(separator: "/")[0]) : ""
            let lower = kind.lowercased()
            return Object(
                group: group, resource: lower.hasSuffix("s") ? lower + "es" : lower + "s",
                namespace: root["metadata"]?["namespace"]?.scalar?.text, name: root["metadata"]?["name"]?.scalar?.text ?? "")
        }
    }

    /// Roles joined with their bindings.
    static func grants(_ texts: [String]) throws -> [Grant] {
        var roles: [String: [Rule]] = [:]
        var bindings: [(roleKey: String, namespace: String?)] = []
        for text in texts {
            for root in try YAMLParser.parseAll(Array(text.utf8)).compactMap(\.root) {
                let kind = root["kind"]?.scalar?.text ?? ""
                let name = root["metadata"]?["name"]?.scalar?.text ?? ""
                let namespace = root["metadata"]?["namespace"]?.scalar?.text
                switch kind {
                case "ClusterRole", "Role":
                    let rules = (root["rules"]?.sequence ?? []).map { rule in
                        Rule(
                            groups: (rule["apiGroups"]?.sequence ?? []).compactMap { $0.scalar?.text },
                            resources: (rule["resources"]?.sequence ?? []).compactMap { $0.scalar?.text },
                            verbs: (rule["verbs"]?.sequence ?? []).compactMap { $0.scalar?.text })
                    }
                    roles["\(kind)/\(namespace ?? "")/\(name)"] = rules
                case "ClusterRoleBinding", "RoleBinding":
                    let roleKind = root["roleRef"]?["kind"]?.scalar?.text ?? ""
                    let roleName = root["roleRef"]?["name"]?.scalar?.text ?? ""
                    let roleNamespace = roleKind == "Role" ? namespace ?? "" : ""
                    bindings.append(("\(roleKind)/\(roleNamespace)/\(roleName)", kind == "RoleBinding" ? namespace : nil))
                default: continue
                }
            }
        }
        return bindings.compactMap { binding in
            guard let rules = roles[binding.roleKey], let name = binding.roleKey.split(separator: "/").last else { return nil }
            let persona = personas.first { name == "i2gw-\($0)" } ?? String(name)
            return Grant(persona: persona, namespace: binding.namespace, rules: rules)
        }
    }
}
