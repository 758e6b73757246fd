import ArgumentParser
import Foundation
import MigrationCore

/// How the Gateway API output is shaped.
struct TranslationFlags: ParsableArguments {
    @Option(help: "Implementation resources for what Gateway API cannot express: standard (none; such annotations are reported) or envoy-gateway (SecurityPolicy, BackendTrafficPolicy).")
    var emitter: EmitterChoice = .standard

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

    @Option(
        name: .customLong("dedicated-gateway"),
        help: ArgumentHelp("Give this namespace a Gateway of its own that accepts only its own routes; the other namespaces share one. Repeatable.", valueName: "namespace"))
    var dedicatedGateways: [String] = []

    @Option(
        name: .customLong("team-label"),
        help: ArgumentHelp("Shared listeners select namespaces by this label (and the Namespace label patches are generated) instead of by kubernetes.io/metadata.name.", valueName: "key"))
    var teamLabel: String?

    @Option(
        name: .customLong("team"),
        help: ArgumentHelp("With --team-label: the team of a namespace (default: the namespace's own name). Repeatable.", valueName: "namespace=team"))
    var teams: [String] = []

    @Option(help: ArgumentHelp("Generate GatewayClasses with the controllerName of this implementation (see docs/gateway-classes.md).", valueName: "name"))
    var target: TargetImplementation?

    @Option(
        name: .customLong("gateway-class-controller"),
        help: ArgumentHelp("Generate GatewayClasses with this controllerName (overrides --target's).", valueName: "controller-name"))
    var gatewayClassController: String?


    var options: TranslationOptions {
        var options = TranslationOptions()
        options.allowExperimental = allowExperimental
        options.emitter = emitter
        options.gatewayClassName = gatewayClass
        options.gatewayName = gatewayName
        options.gatewayNamespace = gatewayNamespace
        options.gatewayPerNamespace = gatewayPerNamespace
        options.dedicatedNamespaces = Set(dedicatedGateways)
        options.teamLabel = teamLabel
        options.teams = Dictionary(teamPairs, uniquingKeysWith: { _, last in last })
        options.target = target
        options.gatewayClassController = gatewayClassController
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
        try validateTopology()
    }

    /// `namespace=team` pairs of `--team`.
    var teamPairs: [(String, String)] {
        teams.compactMap { entry in
            guard let equals = entry.firstIndex(of: "=") else { return nil }
            return (String(entry[..<equals]), String(entry[entry.index(after: equals)...]))
        }
    }

    private func validateTopology() throws {
        for namespace in dedicatedGateways where !DNSNames.isLabel(namespace) {
            throw ValidationError("--dedicated-gateway \"\(namespace)\" is not a valid namespace name")
        }
        if gatewayPerNamespace && !dedicatedGateways.isEmpty {
            throw ValidationError("--dedicated-gateway cannot be combined with --gateway-per-namespace, which already gives every namespace its own Gateway")
        }
        if let teamLabel, !LabelSyntax.isQualifiedName(teamLabel) {
            throw ValidationError("--team-label \"\(teamLabel)\" is not a valid label key (an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_', '.')")
        }
        if !teams.isEmpty && teamLabel == nil { throw ValidationError("--team needs --team-label") }
        for entry in teams {
            guard let pair = teamPairs.first(where: { "\($0.0)=\($0.1)" == entry }), DNSNames.isLabel(pair.0), LabelSyntax.isValue(pair.1), !pair.1.isEmpty else {
                throw ValidationError("--team \"\(entry)\" must be namespace=team, with a namespace name and a label value")
            }
        }
        if let reason = target?.unsupportedReason, gatewayClassController == nil {
            throw ValidationError("--target \(target!.rawValue): \(reason)")
        }
        if let controller = gatewayClassController, let problem = ControllerNameSyntax.problem(with: controller) {
            throw ValidationError("--gateway-class-controller \"\(controller)\" \(problem)")
        }
    }
}

extension TargetImplementation: ExpressibleByArgument {}

/// Checks for Kubernetes label keys and values.
enum LabelSyntax {
    static func isValue(_ text: String) -> Bool {
        guard text.count <= 63 else { return false }
        if text.isEmpty { return true }
        let ok = text.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) && $0.isASCII || "-_.".unicodeScalars.contains($0) }
        return ok && text.first!.isLetterOrDigit && text.last!.isLetterOrDigit
    }

    static func isQualifiedName(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let name = parts.last, !name.isEmpty, isValue(String(name)) else { return false }
        return parts.count == 1 || DNSNames.isSubdomain(String(parts[0]))
    }
}

extension Character {
    fileprivate var isLetterOrDigit: Bool { isASCII && (isLetter || isNumber) }
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

extension EmitterChoice: ExpressibleByArgument {}
