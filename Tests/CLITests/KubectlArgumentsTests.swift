import Foundation
import Testing

/// The exact kubectl command lines `--from-cluster` and `--against-cluster` run, recorded by
/// the kubectl stand-in (`Fixtures/diff/kubectl-stand-in/kubectl`) on `PATH`, and the same
/// command lines written in `docs/diff.md`.
@Suite struct KubectlArgumentsTests {
    static let standIn = SourceTree.fixtures.appendingPathComponent("diff/kubectl-stand-in")
    static let gatewayAPITypes = [
        "gateways", "httproutes", "grpcroutes", "tlsroutes", "tcproutes", "udproutes", "referencegrants", "gatewayclasses",
    ].map { "\($0).gateway.networking.k8s.io" }
    static let getGatewayAPI = ["get", gatewayAPITypes.joined(separator: ","), "-A", "-o", "yaml"]
    static let getInput = ["get", "ingresses.networking.k8s.io,ingressclasses.networking.k8s.io,services,configmaps", "-A", "-o", "yaml"]
    static let apiResources = ["api-resources", "--api-group=gateway.networking.k8s.io", "-o", "name"]

    /// Runs i2gw in `folder` with the stand-in answering from `responses`; returns the result
    /// and the argument lists of every kubectl call.
    static func run(_ arguments: [String], in folder: URL, responses: URL) throws -> (ToolProcess.Result, [[String]]) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("kubectl-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        let path = standIn.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")
        let result = try ToolProcess.run(
            arguments, in: folder,
            environment: ["PATH": path, "KUBECTL_STANDIN_RESPONSES": responses.path, "KUBECTL_STANDIN_LOG": log.path, "NO_COLOR": "1"])
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let calls = text.components(separatedBy: "\n\n").filter { !$0.isEmpty }.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        return (result, calls)
    }

    static func fixture(_ name: String) -> URL { SourceTree.fixtures.appendingPathComponent("diff/\(name)") }

    @Test func fromClusterReadsIngressesServicesAndConfigMaps() throws {
        let folder = Self.fixture("from-cluster-print")
        let (result, calls) = try Self.run(["print", "--from-cluster"], in: folder, responses: folder.appendingPathComponent("kubectl"))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(calls == [Self.getInput])
    }

    @Test func contextAndKubeconfigFollowTheCommand() throws {
        let folder = Self.fixture("cluster-changed")
        let arguments = ["diff", "-f", "input.yaml", "--against-cluster", "--target", "envoy-gateway", "--context", "prod", "--kubeconfig", "kubeconfig.yaml"]
        let (result, calls) = try Self.run(arguments, in: folder, responses: folder.appendingPathComponent("kubectl"))
        #expect(result.status == 1, "\(result.standardError)")
        #expect(calls == [Self.getGatewayAPI + ["--context", "prod", "--kubeconfig", "kubeconfig.yaml"]])
    }

    @Test func missingCRDsAreLookedUpAndTheOthersReadAgain() throws {
        let folder = Self.fixture("cluster-partial-crds")
        let (result, calls) = try Self.run(["diff", "-f", "input.yaml", "--against-cluster", "--target", "envoy-gateway"], in: folder, responses: folder.appendingPathComponent("kubectl"))
        #expect(result.status == 0, "\(result.standardError)")
        let installed = ["gateways", "httproutes", "grpcroutes", "referencegrants", "gatewayclasses"].map { "\($0).gateway.networking.k8s.io" }
        #expect(calls == [Self.getGatewayAPI, Self.apiResources, ["get", installed.joined(separator: ","), "-A", "-o", "yaml"]])
    }

    /// ListenerSets (generated past 64 listeners) are read when the migration has some.
    @Test func generatedListenerSetsAreReadToo() throws {
        let responses = try ConvertCase.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: responses) }
        let types = Self.gatewayAPITypes.joined(separator: ",") + ",listenersets.gateway.networking.k8s.io"
        try "get \(types) -A -o yaml\n".write(to: responses.appendingPathComponent("get.args"), atomically: true, encoding: .utf8)
        try "apiVersion: v1\nkind: List\nitems: []\n".write(to: responses.appendingPathComponent("get.out"), atomically: true, encoding: .utf8)
        let folder = SourceTree.fixtures.appendingPathComponent("core/listener-overflow")
        let (result, calls) = try Self.run(["diff", "-f", "input.yaml", "--against-cluster", "--stat"], in: folder, responses: responses)
        #expect(result.status == 1, "\(result.standardError)")
        #expect(calls == [["get", types, "-A", "-o", "yaml"]])
        #expect(result.standardOutput.contains("added    ListenerSet.gateway.networking.k8s.io"))
    }

    @Test(arguments: [["print", "-f", "input.yaml", "--context", "prod"], ["diff", "-f", "input.yaml", "--against", "gitops", "--kubeconfig", "k.yaml"]])
    func connectionFlagsNeedAClusterToRead(_ arguments: [String]) throws {
        let folder = Self.fixture("identical")
        let (result, calls) = try Self.run(arguments, in: folder, responses: folder)
        #expect(result.status == 2)
        #expect(result.standardError.contains("--context and --kubeconfig choose the cluster kubectl reads"))
        #expect(result.standardOutput.isEmpty && calls.isEmpty)
    }

    /// docs/diff.md shows the command lines the tool runs.
    @Test func theDocumentedCommandsAreTheOnesRun() throws {
        let document = try String(contentsOf: SourceTree.root.appendingPathComponent("docs/diff.md"), encoding: .utf8)
        for command in [Self.getInput, Self.getGatewayAPI, Self.apiResources] {
            let line = (["kubectl"] + command).joined(separator: " ")
            #expect(document.contains(line), "docs/diff.md does not show `\(line)`")
        }
        #expect(document.contains("listenersets.gateway.networking.k8s.io") && document.contains("backendtlspolicies.gateway.networking.k8s.io"))
    }
}
