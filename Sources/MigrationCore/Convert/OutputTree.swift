/// The files `convert` writes, by path relative to the output folder. Building the tree is pure;
/// the command line writes it (atomically) to disk.
public struct OutputTree: Sendable, Equatable {
    /// File contents by relative path (`/`-separated).
    public private(set) var files: [String: String] = [:]

    /// Creates an empty tree.
    public init() {}

    /// Adds a file; a path written twice is a programming error the caller avoids by naming
    /// files after unique object keys.
    public mutating func add(_ path: String, _ content: String) {
        precondition(files[path] == nil, "two files at \(path)")
        files[path] = content
    }

    /// Paths in lexical order.
    public var paths: [String] { files.keys.sorted() }

    /// Folders holding at least one file, with every ancestor folder.
    public var folders: [String] {
        var result = Set<String>()
        for path in files.keys {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                result.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        return result.sorted()
    }
}

/// How `convert` splits the manifests into folders (`--split-by`).
public enum SplitMode: String, Sendable, CaseIterable {
    /// One folder per persona (the default): who applies what.
    case persona
    /// One folder per namespace, `_cluster/` for cluster-scoped objects.
    case namespace
    /// Everything in one `manifests.yaml`.
    case none
}

/// The three roles of the Gateway API's resource model, each owning its own kinds.
public enum Persona: String, Sendable, CaseIterable {
    /// Owns GatewayClasses: which implementations the cluster offers.
    case infrastructureProvider = "infrastructure-provider"
    /// Owns Gateways, listener certificates and their ReferenceGrants, and the namespace
    /// labels Gateways select on.
    case clusterOperator = "cluster-operator"
    /// Owns the routes of their namespaces.
    case applicationDeveloper = "application-developer"

    /// The persona whose folder holds a generated object of `kind`. ReferenceGrants belong to
    /// the persona of the referring kind: grants from Gateways (certificates) are the cluster
    /// operator's, grants from routes (backends) the application developer's.
    public static func owner(of document: EncodedDocument) -> Persona {
        switch document.kind {
        case "GatewayClass": return .infrastructureProvider
        case "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute": return .applicationDeveloper
        case "ReferenceGrant":
            guard case .sequence(let from)? = document.value["spec"]?["from"], case .string(let kind)? = from.first?["kind"] else {
                return .clusterOperator
            }
            return kind == "Gateway" || kind == "ListenerSet" ? .clusterOperator : .applicationDeveloper
        default: return .clusterOperator
        }
    }
}
