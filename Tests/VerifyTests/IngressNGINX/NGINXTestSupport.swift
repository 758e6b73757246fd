import MigrationCore
import Testing
import Verify

/// Builds ingress-nginx engines from Ingress YAML for the engine tests.
enum NGINXTestSupport {
    /// An engine over the YAML's Ingresses, configured by its controller ConfigMap (the one
    /// `configMap` names, else one with a well-known name) and reading its other ConfigMaps.
    static func engine(_ yaml: String, configMap: String? = nil) throws -> IngressNGINXEngine {
        let manifests = try parse(yaml)
        let controller = NGINXControllerSettings(configMap: NGINXControllerSettings.configMap(in: manifests.configMaps, explicit: configMap))
        return IngressNGINXEngine(
            ingresses: manifests.ingresses, knownServices: manifests.services, controller: controller, configMaps: manifests.configMaps)
    }

    /// A ConfigMap document.
    static func configMap(_ name: String, namespace: String = "ingress-nginx", data: [String: String]) -> String {
        "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: \(name), namespace: \(namespace)}\ndata:\n"
            + data.keys.sorted().map { "  \($0): \"\(data[$0]!)\"\n" }.joined()
    }

    static func ingresses(_ yaml: String) throws -> [Ingress] { try parse(yaml).ingresses }

    static func parse(_ yaml: String) throws -> ParsedManifests {
        var findings = FindingList()
        let manifests = try ManifestParser().parse([SourceFile(path: "test.yaml", bytes: Array(yaml.utf8))], findings: &findings)
        #expect(findings.all.isEmpty, "\(findings.all.map(\.message))")
        return manifests
    }

    /// An Ingress with one rule; `paths` are `(path, pathType, service)`.
    static func ingress(
        _ name: String, host: String?, paths: [(String, String, String)], created: String = "2024-01-01T00:00:00Z",
        namespace: String = "default", annotations: [String: String] = [:], tls: [String]? = nil, defaultBackend: String? = nil
    ) -> String {
        var text = """
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: \(name)
              namespace: \(namespace)
              creationTimestamp: "\(created)"

            """
        if !annotations.isEmpty {
            text += "  annotations:\n" + annotations.keys.sorted().map { "    \($0): \"\(annotations[$0]!)\"\n" }.joined()
        }
        text += "spec:\n  ingressClassName: nginx\n"
        if let defaultBackend { text += "  defaultBackend: {service: {name: \(defaultBackend), port: {number: 80}}}\n" }
        if let tls { text += "  tls: [{hosts: [\(tls.joined(separator: ", "))], secretName: cert}]\n" }
        if host != nil || !paths.isEmpty {
            text += "  rules:\n  - " + (host.map { "host: \($0)\n    " } ?? "") + "http:\n      paths:\n"
            for (path, type, service) in paths {
                text += "      - {path: \"\(path)\", pathType: \(type), backend: {service: {name: \(service), port: {number: 80}}}}\n"
            }
        }
        return text
    }

    static func send(
        _ engine: IngressNGINXEngine, _ target: String, host: String, scheme: ProbeRequest.Scheme = .http, method: String = "GET",
        headers: [HTTPHeader] = []
    ) -> RoutingOutcome {
        engine.route(ProbeRequest(scheme: scheme, host: host, target: target, method: method, headers: headers)).outcome
    }

    /// The upstream path and query of a forwarded request, or the outcome's description.
    static func upstreamPath(_ outcome: RoutingOutcome) -> String {
        guard case .forwarded(let forwarding) = outcome, let first = forwarding.shares.first else { return outcome.description }
        return first.upstream.target
    }

    /// The Service a forwarded request reaches, or the outcome's description.
    static func backend(_ outcome: RoutingOutcome) -> String {
        guard case .forwarded(let forwarding) = outcome, case .service(let service)? = forwarding.shares.first?.target else {
            return outcome.description
        }
        return service.name
    }
}
