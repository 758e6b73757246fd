import ArgumentParser
import MigrationCore

/// How the Gateway API output is shaped.
struct TranslationFlags: ParsableArguments {
    @Option(help: "Implementation-specific output to generate (standard: portable Gateway API only).")
    var emitter: Emitter = .standard

    @Flag(name: .customLong("allow-experimental-gw-api"), help: "Allow experimental-channel Gateway API fields.")
    var allowExperimental = false

    @Option(name: .customLong("gateway-class"), help: "The GatewayClass every Gateway uses (default: the ingress class name).")
    var gatewayClass: String?

    @Option(name: .customLong("gateway-name"), help: "The name of the shared Gateway (default: the ingress class name).")
    var gatewayName: String?

    @Option(
        name: .customLong("gateway-namespace"),
        help: "The namespace of the shared Gateways (default: \(TranslationOptions.defaultGatewayNamespace)).")
    var gatewayNamespace: String = TranslationOptions.defaultGatewayNamespace

    @Flag(name: .customLong("gateway-per-namespace"), help: "One Gateway per namespace and class, as ingress2gateway generates.")
    var gatewayPerNamespace = false

    enum Emitter: String, ExpressibleByArgument, CaseIterable {
        case standard
    }

    var options: TranslationOptions {
        var options = TranslationOptions()
        options.allowExperimental = allowExperimental
        options.gatewayClassName = gatewayClass
        options.gatewayName = gatewayName
        options.gatewayNamespace = gatewayNamespace
        options.gatewayPerNamespace = gatewayPerNamespace
        return options
    }

    func validate() throws {
        for (flag, value) in [("--gateway-namespace", gatewayNamespace), ("--gateway-name", gatewayName ?? "x"), ("--gateway-class", gatewayClass ?? "x")] {
            if !DNSNames.isSubdomain(value) {
                throw ValidationError("\(flag) \"\(value)\" is not a valid Kubernetes name (lower-case letters, digits, '-' and '.')")
            }
        }
        if !DNSNames.isLabel(gatewayNamespace) {
            throw ValidationError("--gateway-namespace \"\(gatewayNamespace)\" is not a valid namespace name (at most 63 characters: lower-case letters, digits and '-')")
        }
    }
}

/// Checks for Kubernetes object names.
enum DNSNames {
    static func isLabel(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 63 else { return false }
        let ok = text.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
        return ok && text.first != "-" && text.last != "-"
    }

    static func isSubdomain(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 253 else { return false }
        return text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { isLabel(String($0)) }
    }
}
