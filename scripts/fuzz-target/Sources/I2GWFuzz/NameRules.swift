import MigrationCore
import YAMLKit

/// Names the API server checks: a generated object's name (a DNS subdomain) and namespace (a
/// DNS label), and the name of everything it refers to (`parentRefs`, `backendRefs`,
/// `certificateRefs`, `caCertificateRefs`, `targetRefs`…), which can only be an object's name;
/// and every `hostname` and `hostnames` entry (listeners, routes, rewrites, redirects, backend
/// TLS), which Gateway API restricts to lowercase DNS names.
/// A name taken from the input unchecked would make the object unappliable, or point at
/// nothing.
enum NameRules {
    /// The first name of `document` no object can have, described; nil when all are valid.
    static func violation(in document: EncodedDocument) -> String? {
        let value = document.value
        if let name = value["metadata"]?["name"], case .string(let text) = name, !KubernetesName.isSubdomain(text) {
            return "metadata.name \(KubernetesName.quoted(text))"
        }
        if let namespace = value["metadata"]?["namespace"], case .string(let text) = namespace, !KubernetesName.isLabel(text) {
            return "metadata.namespace \(KubernetesName.quoted(text))"
        }
        return referenceViolation(in: value, under: "")
    }

    /// A Gateway API hostname: lowercase DNS labels, the first of which may be `*`.
    private static func isHostname(_ text: String) -> Bool {
        KubernetesName.isSubdomain(text.hasPrefix("*.") ? String(text.dropFirst(2)) : text)
    }

    private static func referenceViolation(in value: YAMLValue, under key: String) -> String? {
        switch value {
        case .string(let text) where key == "hostname" || key == "hostnames":
            if !isHostname(text) { return "\(key) \(KubernetesName.quoted(text))" }
        case .mapping(let entries):
            if key.hasSuffix("Refs") || key.hasSuffix("Ref"), let name = value["name"], case .string(let text) = name,
                !KubernetesName.isSubdomain(text)
            {
                return "\(key)[].name \(KubernetesName.quoted(text))"
            }
            for entry in entries {
                if let problem = referenceViolation(in: entry.value, under: entry.key) { return problem }
            }
        case .sequence(let items):
            for item in items {
                if let problem = referenceViolation(in: item, under: key) { return problem }
            }
        default:
            break
        }
        return nil
    }
}
