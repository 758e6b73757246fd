import ArgumentParser
import Foundation
import MigrationCore
import Providers

/// Where the Ingresses come from and which of them to read.
struct InputOptions: ParsableArguments {
    @Option(
        name: [.customShort("f"), .customLong("input-file")],
        help: ArgumentHelp(
            "A manifest file, a folder (read recursively for *.yaml, *.yml, *.json), or - for standard input. Repeatable; also accepts a comma-separated list.",
            valueName: "path"))
    var inputFiles: [String] = []

    @Option(name: .shortAndLong, help: "Only read objects in this namespace (objects without one are in default).")
    var namespace: String?

    @Flag(name: [.customShort("A"), .customLong("all-namespaces")], help: "Read objects in every namespace (the default for file input).")
    var allNamespaces = false

    @Option(
        name: .customLong("providers"),
        help: ArgumentHelp(
            "Providers to translate, comma-separated (\(ProviderRegistry.names.joined(separator: ", "))). Default: detect from ingress classes.",
            valueName: "names"))
    var providers: [String] = []

    @Option(name: .customLong("ingress-nginx-ingress-class"), help: "The ingress class ingress-nginx serves (default: IngressClasses of controller k8s.io/ingress-nginx, and nginx).")
    var ingressNGINXClass: String?

    @Option(
        name: .customLong("ingress-nginx-configmap"),
        help: ArgumentHelp("The controller's ConfigMap in the input (default: one named ingress-nginx-controller or nginx-configuration).", valueName: "namespace/name"))
    var ingressNGINXConfigMap: String?

    @Option(name: .customLong("ingress-nginx-tcp-services-configmap"), help: ArgumentHelp("The controller's tcp-services ConfigMap in the input (default: tcp-services or ingress-nginx-tcp).", valueName: "namespace/name"))
    var ingressNGINXTCPServices: String?

    @Option(name: .customLong("ingress-nginx-udp-services-configmap"), help: ArgumentHelp("The controller's udp-services ConfigMap in the input (default: udp-services or ingress-nginx-udp).", valueName: "namespace/name"))
    var ingressNGINXUDPServices: String?

    @Flag(
        name: .customLong("from-cluster"),
        help: "Read the Ingresses, IngressClasses, Services and ConfigMaps of every namespace from the cluster, with your own kubectl (kubectl get … -A -o yaml); -f paths are read too.")
    var fromCluster = false

    @Option(name: .customLong("context"), help: ArgumentHelp("The kubeconfig context kubectl uses for the cluster (default: the current context).", valueName: "name"))
    var context: String?

    @Option(name: .customLong("kubeconfig"), help: ArgumentHelp("The kubeconfig file kubectl uses for the cluster (default: kubectl's own choice).", valueName: "file"))
    var kubeconfig: String?

    /// The kubectl that reads the cluster.
    var kubectl: Kubectl { Kubectl(context: context, kubeconfig: kubeconfig) }

    /// The input: the cluster's objects with `--from-cluster`, then every `-f` path.
    func load() throws(InputError) -> [SourceFile] {
        var files: [SourceFile] = []
        if fromCluster { files.append(try ClusterSource(kubectl: kubectl).readInput()) }
        return files + (try InputLoader(maxTotalBytes: maxInputBytes).load(paths))
    }

    /// `--context` and `--kubeconfig` only make sense when a cluster is read; commands call
    /// this from their `validate()`, saying whether they read one.
    func requireClusterForConnectionFlags(readsCluster: Bool, clusterFlags: String = "--from-cluster") throws {
        if !readsCluster && (context != nil || kubeconfig != nil) {
            throw ValidationError("--context and --kubeconfig choose the cluster kubectl reads; they need \(clusterFlags)")
        }
    }

    @Option(
        name: .customLong("max-input-size"),
        help: ArgumentHelp(
            "The most input read, all files together: bytes, or with a suffix k, M, G (powers of 1000) or Ki, Mi, Gi (powers of 1024). Default: $\(Self.maxInputSizeVariable), else 512Mi.",
            valueName: "size"))
    var maxInputSize: ByteSize?

    /// The environment variable that sets the default of `--max-input-size`.
    static let maxInputSizeVariable = "I2GW_MAX_INPUT_SIZE"

    /// The input size limit: `--max-input-size`, else `I2GW_MAX_INPUT_SIZE`, else 512 MiB.
    var maxInputBytes: Int {
        if let maxInputSize { return maxInputSize.bytes }
        if let value = ProcessInfo.processInfo.environment[Self.maxInputSizeVariable], let size = ByteSize(argument: value) {
            return size.bytes
        }
        return InputLoader.defaultMaxTotalBytes
    }

    /// The provider settings these options select.
    var providerSettings: ProviderRegistry.Settings {
        ProviderRegistry.Settings(
            ingressNGINXClass: ingressNGINXClass, ingressNGINXConfigMap: ingressNGINXConfigMap,
            ingressNGINXTCPServices: ingressNGINXTCPServices, ingressNGINXUDPServices: ingressNGINXUDPServices)
    }

    var paths: [String] {
        inputFiles.flatMap { $0.split(separator: ",", omittingEmptySubsequences: true).map(String.init) }
    }

    var providerNames: [String] {
        providers.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
    }

    func validate() throws {
        if paths.isEmpty && !fromCluster {
            throw ValidationError("no input: give at least one --input-file (-f) path, - for standard input, or --from-cluster")
        }
        if allNamespaces && namespace != nil { throw ValidationError("--namespace and --all-namespaces cannot be used together") }
        if maxInputSize == nil, let value = ProcessInfo.processInfo.environment[Self.maxInputSizeVariable], ByteSize(argument: value) == nil {
            throw ValidationError("\(Self.maxInputSizeVariable)=\"\(value)\" is not a size (bytes, or a number with k, M, G, Ki, Mi or Gi)")
        }
        let unknown = ProviderRegistry.providers(named: providerNames, settings: .init()).unknown
        if !unknown.isEmpty {
            throw ValidationError("unknown provider(s): \(unknown.joined(separator: ", ")); known: \(ProviderRegistry.names.joined(separator: ", "))")
        }
    }
}
