import YAMLKit

/// What two manifests are matched by: the API group (not the version, since the API server
/// stores one object whatever version it is written in), the kind, the namespace (empty for
/// cluster-scoped kinds) and the name.
public struct ObjectIdentity: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The API group, empty for the core group (`v1`).
    public var group: String
    /// The kind.
    public var kind: String
    /// The namespace; empty for cluster-scoped kinds.
    public var namespace: String
    /// The name.
    public var name: String

    /// Creates an identity.
    public init(group: String, kind: String, namespace: String, name: String) {
        self.group = group
        self.kind = kind
        self.namespace = namespace
        self.name = name
    }

    /// The group of an `apiVersion`: `gateway.networking.k8s.io/v1` → `gateway.networking.k8s.io`,
    /// `v1` → empty.
    public static func group(ofAPIVersion apiVersion: String) -> String {
        guard let slash = apiVersion.lastIndex(of: "/") else { return "" }
        return String(apiVersion[..<slash])
    }

    /// `Kind.group namespace/name` (kubectl's way of qualifying a kind), without the group
    /// for the core group and without the namespace for cluster-scoped kinds:
    /// `HTTPRoute.gateway.networking.k8s.io shop/web`, `Namespace gateway-system`.
    public var description: String {
        let type = group.isEmpty ? kind : "\(kind).\(group)"
        return namespace.isEmpty ? "\(type) \(name)" : "\(type) \(namespace)/\(name)"
    }

    /// Kinds in the order objects are applied and printed (Namespaces, GatewayClasses,
    /// Gateways, ListenerSets, routes, policies, ReferenceGrants), other kinds after them.
    static let kindOrder = [
        "Namespace", "GatewayClass", "Gateway", "ListenerSet", "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute",
        "BackendTLSPolicy", "ReferenceGrant",
    ]

    /// Orders by kind (in apply order), then group, namespace and name.
    public static func < (lhs: ObjectIdentity, rhs: ObjectIdentity) -> Bool {
        let left = kindOrder.firstIndex(of: lhs.kind) ?? kindOrder.count
        let right = kindOrder.firstIndex(of: rhs.kind) ?? kindOrder.count
        return (left, lhs.kind, lhs.group, lhs.namespace, lhs.name) < (right, rhs.kind, rhs.group, rhs.namespace, rhs.name)
    }
}

/// One object on one side of a comparison.
public struct ManifestObject: Sendable {
    /// What it is matched by.
    public var identity: ObjectIdentity
    /// The whole object.
    public var value: YAMLValue
    /// Where it lives (`file:line:column` of each definition), or what it was generated from.
    public var origins: [String]

    /// Creates an object.
    public init(identity: ObjectIdentity, value: YAMLValue, origins: [String]) {
        self.identity = identity
        self.value = value
        self.origins = origins
    }

    /// Whether the object carries the generator annotation of some version of this tool.
    public var isGeneratedByI2GW: Bool {
        guard case .string(let generator)? = value["metadata"]?["annotations"]?[generatorAnnotation] else { return false }
        return generator.hasPrefix("i2gw-")
    }
}

/// Which kinds have no namespace: the Gateway API kinds by their CRDs' scope, and the core and
/// RBAC kinds a manifest folder commonly holds. Other kinds are taken to be namespaced.
public enum KindScope {
    /// Cluster-scoped kinds outside the Gateway API group, as `group/kind`.
    static let clusterScoped: Set<String> = [
        "/Namespace", "/Node", "/PersistentVolume", "rbac.authorization.k8s.io/ClusterRole",
        "rbac.authorization.k8s.io/ClusterRoleBinding", "networking.k8s.io/IngressClass", "storage.k8s.io/StorageClass",
        "apiextensions.k8s.io/CustomResourceDefinition", "admissionregistration.k8s.io/ValidatingWebhookConfiguration",
        "admissionregistration.k8s.io/MutatingWebhookConfiguration", "scheduling.k8s.io/PriorityClass",
    ]

    /// Whether objects of this group and kind have no namespace.
    public static func isClusterScoped(group: String, kind: String) -> Bool {
        if let schema = GatewayAPISchema.schema(group: group, kind: kind) { return schema.clusterScoped }
        return clusterScoped.contains("\(group)/\(kind)")
    }
}

extension ManifestObject {
    /// A generated document as one side of a comparison; its origin names the Ingresses it
    /// came from: `generated from Ingress shop/web (input.yaml:3:1)`.
    public init(generated document: EncodedDocument) {
        let apiVersion: String
        if case .string(let text)? = document.value["apiVersion"] { apiVersion = text } else { apiVersion = "" }
        let identity = ObjectIdentity(
            group: ObjectIdentity.group(ofAPIVersion: apiVersion), kind: document.kind, namespace: document.namespace, name: document.name)
        let sources = document.sources.map { "\($0.object) (\($0.location))" }
        self.init(identity: identity, value: document.value, origins: [sources.isEmpty ? "generated" : "generated from " + sources.joined(separator: ", ")])
    }
}
