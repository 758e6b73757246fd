import Foundation
import MigrationCore
import Providers
import Testing

/// `auth-tls-*` becomes Gateway frontend validation only when every HTTPS host of the Gateway
/// asks for the same CA and mode; everything else is reported.
@Suite struct ClientCertificateTests {
    /// An Ingress for `host` in `namespace` with TLS (unless `tls` is false) and `annotations`.
    static func ingress(_ name: String, _ namespace: String, host: String, tls: Bool = true, created: String, _ annotations: [String: String] = [:]) -> String {
        let annotationLines = annotations.keys.sorted().map { "    nginx.ingress.kubernetes.io/\($0): \"\(annotations[$0]!)\"" }.joined(separator: "\n")
        return """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: \(name)
              namespace: \(namespace)
              creationTimestamp: "\(created)"
            \(annotations.isEmpty ? "" : "  annotations:\n" + annotationLines)
            spec:
              ingressClassName: nginx
            \(tls ? "  tls:\n  - hosts: [\(host)]\n    secretName: \(name)-tls" : "")
              rules:
              - host: \(host)
                http:
                  paths:
                  - {path: /, pathType: Prefix, backend: {service: {name: \(name), port: {number: 80}}}}
            """
    }

    /// The generated objects, and the run with its annotation outcomes.
    static func translate(_ ingresses: [String]) throws -> (objects: GeneratedObjects, run: MigrationRun) {
        let files = [SourceFile(path: "input.yaml", bytes: Array(ingresses.joined(separator: "\n---\n").utf8))]
        return (try TestSupport.pipeline().runKeepingObjects(files).objects, try TestSupport.pipeline().run(files))
    }

    static func status(_ run: MigrationRun, _ ingress: String, _ key: String) -> AnnotationOutcome.Status? {
        run.annotations.first { $0.object.name == ingress && $0.key == "nginx.ingress.kubernetes.io/" + key }?.status
    }

    @Test func sameCAOnEveryHTTPSHostIsApplied() throws {
        let result = try Self.translate([
            Self.ingress("pay", "bank", host: "pay.example.com", created: "2024-01-01T00:00:00Z", ["auth-tls-secret": "bank/client-ca"]),
            Self.ingress("cards", "cards", host: "cards.example.com", created: "2024-02-01T00:00:00Z", ["auth-tls-secret": "bank/client-ca"]),
            Self.ingress("status", "web", host: "status.example.com", tls: false, created: "2024-03-01T00:00:00Z"),
        ])
        let gateway = try #require(result.objects.gateways.first)
        #expect(gateway.frontendValidation == FrontendValidation(caConfigMap: SecretRef(name: "client-ca", namespace: "bank"), mode: .allowValidOnly))
        let grants = result.objects.referenceGrants.filter { $0.toKind == "ConfigMap" }
        #expect(grants.map(\.meta.name) == ["allow-gateway-system-gateways-to-configmap-client-ca"])
        #expect(grants.first?.meta.sources.map(\.object.name) == ["pay", "cards"], "sources in input order")
        #expect(result.run.findings.filter { $0.code == .clientCertificateCAConfigMap }.count == 1)
        #expect(!result.run.findings.contains { $0.code == .clientCertificateScope })
        #expect(Self.status(result.run, "pay", "auth-tls-secret") == .approximated)
    }

    @Test func differingHostsAreErrorsAndNothingIsApplied() throws {
        let result = try Self.translate([
            Self.ingress("pay", "bank", host: "pay.example.com", created: "2024-01-01T00:00:00Z", ["auth-tls-secret": "bank/client-ca"]),
            Self.ingress("shop", "web", host: "shop.example.com", created: "2024-02-01T00:00:00Z"),
        ])
        #expect(result.objects.gateways.allSatisfy { $0.frontendValidation == nil })
        #expect(!result.objects.referenceGrants.contains { $0.toKind == "ConfigMap" })
        let errors = result.run.findings.filter { $0.code == .clientCertificateScope }
        #expect(errors.count == 1)
        #expect(errors.first?.severity == .error)
        #expect(errors.first?.message.contains("pay.example.com") == true && errors.first?.message.contains("shop.example.com") == true)
        #expect(Self.status(result.run, "pay", "auth-tls-secret") == .unsupported)
    }

    @Test func aFindingNamesAtMostFiveOtherCAs() throws {
        // Eight hosts, each with its own CA: each finding names five of the seven others and
        // counts the rest, however many hosts there are.
        let ingresses = (1...8).map { index in
            Self.ingress("app\(index)", "team", host: "app\(index).example.com", created: "2024-01-0\(index)T00:00:00Z", ["auth-tls-secret": "team/ca-\(index)"])
        }
        let result = try Self.translate(ingresses)
        let errors = result.run.findings.filter { $0.code == .clientCertificateScope }
        #expect(errors.count == 8)
        for error in errors {
            #expect(error.message.contains("and the hosts of 2 other CAs and modes;"), "\(error.message)")
            #expect((1...8).filter { error.message.contains("(CA team/ca-\($0),") }.count == 5 + 1, "five others and its own")
        }
        let first = try #require(errors.first { $0.object?.name == "app1" })
        #expect(first.message.contains("app2.example.com (CA team/ca-2, AllowValidOnly)"))
        #expect(!first.message.contains("app7.example.com"))
    }

    @Test func optionalModesFallBackAndOffAsksNothing() throws {
        for (value, mode) in [("optional", FrontendValidation.Mode.allowInsecureFallback), ("optional_no_ca", .allowInsecureFallback), ("on", .allowValidOnly), ("sometimes", .allowValidOnly)] {
            let result = try Self.translate([
                Self.ingress("pay", "bank", host: "pay.example.com", created: "2024-01-01T00:00:00Z", ["auth-tls-secret": "bank/ca", "auth-tls-verify-client": value]),
            ])
            #expect(result.objects.gateways.first?.frontendValidation?.mode == mode, "\(value)")
        }
        let off = try Self.translate([
            Self.ingress("pay", "bank", host: "pay.example.com", created: "2024-01-01T00:00:00Z", ["auth-tls-secret": "bank/ca", "auth-tls-verify-client": "off", "auth-tls-verify-depth": "3"]),
        ])
        #expect(off.objects.gateways.first?.frontendValidation == nil)
        #expect(Self.status(off.run, "pay", "auth-tls-verify-client") == .translated)
        #expect(Self.status(off.run, "pay", "auth-tls-verify-depth") == .ignored)
        #expect(!off.run.findings.contains { $0.code == .nginxClientCertificate })
    }

    @Test func hostsWithoutHTTPSListenerAndUnreadableSecretsAreReported() throws {
        let result = try Self.translate([
            Self.ingress("plain", "web", host: "plain.example.com", tls: false, created: "2024-01-01T00:00:00Z", ["auth-tls-secret": "web/ca"]),
            Self.ingress("bad", "web", host: "bad.example.com", created: "2024-02-01T00:00:00Z", ["auth-tls-secret": "just-a-name"]),
        ])
        #expect(result.objects.gateways.allSatisfy { $0.frontendValidation == nil })
        #expect(result.run.findings.contains { $0.code == .clientCertificateWithoutHTTPS && $0.message.contains("plain.example.com") })
        #expect(result.run.findings.contains {
            $0.code == .nginxDroppedSecurityControl && $0.object?.name == "bad" && $0.message.contains("403 to every request for bad.example.com")
        })
        #expect(Self.status(result.run, "bad", "auth-tls-secret") == .unsupported)
    }

    @Test func crossNamespaceSecretsFollowTheControllerConfigMap() throws {
        func run(_ allow: String?) throws -> (objects: GeneratedObjects, run: MigrationRun) {
            let configMap = allow.map {
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ingress-nginx-controller\n  namespace: ingress-nginx\ndata:\n  allow-cross-namespace-resources: \"\($0)\""
            }
            return try Self.translate([
                Self.ingress("pay", "bank", host: "pay.example.com", created: "2024-01-01T00:00:00Z", ["auth-tls-secret": "security/client-ca"]),
            ] + (configMap.map { [$0] } ?? []))
        }
        let refused = try run("false")
        #expect(refused.objects.gateways.first?.frontendValidation == nil)
        #expect(refused.run.findings.contains { $0.code == .nginxDroppedSecurityControl && $0.message.contains("allow-cross-namespace-resources is false") })
        let allowed = try run("true")
        #expect(allowed.objects.gateways.first?.frontendValidation?.caConfigMap == SecretRef(name: "client-ca", namespace: "security"))
        #expect(!allowed.run.findings.contains { $0.code == .nginxClientCertificate && $0.message.contains("another namespace") })
        let unknown = try run(nil)
        #expect(unknown.objects.gateways.first?.frontendValidation?.caConfigMap == SecretRef(name: "client-ca", namespace: "security"))
        #expect(unknown.run.findings.contains { $0.code == .nginxClientCertificate && $0.message.contains("another namespace") })
    }

    @Test func matchCNIsADroppedSecurityControl() throws {
        let result = try Self.translate([
            Self.ingress("pay", "bank", host: "pay.example.com", created: "2024-01-01T00:00:00Z", ["auth-tls-secret": "bank/ca", "auth-tls-match-cn": "CN=client"]),
        ])
        #expect(result.run.findings.contains { $0.code == .nginxDroppedSecurityControl && $0.severity == .error && $0.message.contains("CN=client") })
        #expect(Self.status(result.run, "pay", "auth-tls-match-cn") == .unsupported)
    }

    @Test func renderedGatewayCarriesTheValidation() throws {
        let run = try TestSupport.run(Self.ingress("pay", "gateway-system", host: "pay.example.com", created: "2024-01-01T00:00:00Z", ["auth-tls-secret": "gateway-system/ca"]))
        let gateway = try OutputFormat.yaml.render(run.documents.filter { $0.kind == "Gateway" })
        #expect(gateway.contains("""
              tls:
                frontend:
                  default:
                    validation:
                      caCertificateRefs:
                      - group: ""
                        kind: ConfigMap
                        name: ca
                      mode: AllowValidOnly
            """))
    }
}
