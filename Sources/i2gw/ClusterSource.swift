import MigrationCore

/// Reads objects from a cluster with `kubectl get … -A -o yaml` (see ``Kubectl``):
///
/// - `--from-cluster`: `kubectl get ingresses.networking.k8s.io,ingressclasses.networking.k8s.io,services,configmaps -A -o yaml`;
/// - `--against-cluster`: `kubectl get gateways.gateway.networking.k8s.io,httproutes.…,grpcroutes.…,tlsroutes.…,tcproutes.…,udproutes.…,referencegrants.…,gatewayclasses.… -A -o yaml`,
///   with `listenersets.…` and `backendtlspolicies.…` added when the migration generates
///   ListenerSets or BackendTLSPolicies.
///
/// Gateway API types are named with their group, because a bare `gateways` can mean another
/// project's kind (Istio has a `Gateway` too). `--context C` and `--kubeconfig F` follow.
/// When kubectl says the server does not have a resource type, `kubectl api-resources
/// --api-group=gateway.networking.k8s.io -o name` tells which CRDs are missing: none
/// installed, or one of a kind the migration generates, is an error; otherwise the missing
/// kinds are left out (with ``FindingCode/diffCRDNotInstalled``) and the rest read again.
struct ClusterSource {
    /// The kubectl to run.
    var kubectl: Kubectl

    /// The types `--from-cluster` reads.
    static let inputTypes = ["ingresses.networking.k8s.io", "ingressclasses.networking.k8s.io", "services", "configmaps"]

    /// The Gateway API kinds `--against-cluster` always reads, with their resource names.
    static let gatewayAPITypes: [(kind: String, resource: String)] = [
        ("Gateway", "gateways"), ("HTTPRoute", "httproutes"), ("GRPCRoute", "grpcroutes"), ("TLSRoute", "tlsroutes"),
        ("TCPRoute", "tcproutes"), ("UDPRoute", "udproutes"), ("ReferenceGrant", "referencegrants"), ("GatewayClass", "gatewayclasses"),
    ]

    /// Gateway API kinds read only when the migration generates objects of them, so that a
    /// cluster with an older Gateway API release still works.
    static let optionalGatewayAPITypes: [(kind: String, resource: String)] = [
        ("ListenerSet", "listenersets"), ("BackendTLSPolicy", "backendtlspolicies"),
    ]

    /// `get <types> -A -o yaml`.
    static func getArguments(_ types: [String]) -> [String] {
        ["get", types.joined(separator: ","), "-A", "-o", "yaml"]
    }

    /// The arguments that list the Gateway API CRDs the cluster has.
    static let apiResourcesArguments = ["api-resources", "--api-group=\(GatewayAPISchema.group)", "-o", "name"]

    /// The Ingresses, IngressClasses, Services and ConfigMaps of every namespace, as one input.
    func readInput() throws(InputError) -> SourceFile {
        let arguments = Self.getArguments(Self.inputTypes)
        let output = try kubectl.run(arguments)
        guard output.status == 0 else { throw kubectl.failure(arguments, output) }
        forwardWarnings(output)
        return SourceFile(path: kubectl.sourceName, bytes: output.standardOutput)
    }

    /// The live Gateway API objects, as one input, and the kinds read (as `group/kind`).
    /// `generatedKinds` are the kinds the migration generates.
    func readGatewayAPI(generatedKinds: Set<String>, findings: inout FindingList) throws(InputError) -> (file: SourceFile, kindsRead: Set<String>) {
        var types = Self.gatewayAPITypes + Self.optionalGatewayAPITypes.filter { generatedKinds.contains($0.kind) }
        var arguments = Self.getArguments(types.map { Self.qualified($0.resource) })
        var output = try kubectl.run(arguments)
        if output.status != 0 {
            guard output.standardError.contains("the server doesn't have a resource type") else { throw kubectl.failure(arguments, output) }
            let missing = try missingTypes(of: types, failure: kubectl.failure(arguments, output))
            try checkMissing(missing, all: types, generatedKinds: generatedKinds)
            for type in missing {
                findings.add(
                    Finding(
                        .diffCRDNotInstalled,
                        message: "the cluster has no \(Self.qualified(type.resource)) CRD, so no \(type.kind) is read from it (the migration generates none)"))
            }
            types.removeAll { type in missing.contains { $0.resource == type.resource } }
            arguments = Self.getArguments(types.map { Self.qualified($0.resource) })
            output = try kubectl.run(arguments)
            guard output.status == 0 else { throw kubectl.failure(arguments, output) }
        }
        forwardWarnings(output)
        let kinds = Set(types.map { "\(GatewayAPISchema.group)/\($0.kind)" })
        return (SourceFile(path: kubectl.sourceName, bytes: output.standardOutput), kinds)
    }

    /// `httproutes.gateway.networking.k8s.io`.
    static func qualified(_ resource: String) -> String { "\(resource).\(GatewayAPISchema.group)" }

    /// The types whose CRD the cluster lacks; `failure` is thrown when that cannot be told.
    private func missingTypes(of types: [(kind: String, resource: String)], failure: InputError) throws(InputError) -> [(kind: String, resource: String)] {
        let listing = try kubectl.run(Self.apiResourcesArguments)
        guard listing.status == 0 else { throw failure }
        let installed = Set(String(decoding: listing.standardOutput, as: UTF8.self).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = types.filter { !installed.contains(Self.qualified($0.resource)) }
        if missing.isEmpty { throw failure }
        return missing
    }

    private func checkMissing(_ missing: [(kind: String, resource: String)], all: [(kind: String, resource: String)], generatedKinds: Set<String>) throws(InputError) {
        let names = missing.map { Self.qualified($0.resource) }.joined(separator: ", ")
        if missing.count == all.count {
            throw InputError(
                path: "kubectl",
                message: "the cluster has no Gateway API CRDs (none of \(names)); install them (https://gateway-api.sigs.k8s.io/guides/#installing-gateway-api) before comparing or applying the migration")
        }
        let needed = missing.filter { generatedKinds.contains($0.kind) }
        if !needed.isEmpty {
            throw InputError(
                path: "kubectl",
                message: "the cluster has no CRD for \(needed.map { Self.qualified($0.resource) }.joined(separator: ", ")), which the migration's \(needed.map { $0.kind + "s" }.joined(separator: " and ")) need; install the Gateway API CRDs that include it before applying the migration (missing: \(names))")
        }
    }

    private func forwardWarnings(_ output: Kubectl.Output) {
        let text = output.standardError.trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty { StandardStreams.writeError(text.split(separator: "\n").map { "kubectl: \($0)" }.joined(separator: "\n") + "\n") }
    }
}
