import Foundation
import Testing

/// Secret data never leaves the tool: Secrets are counted and dropped when read, so no value
/// they hold reaches standard output, standard error or any report format, whatever else the
/// input holds, and not through an error message either. Only Secret names appear (in
/// certificate references and ReferenceGrants), which the tests check too, so that an empty
/// output cannot pass.
@Suite struct SecretRedactionTests {
    /// Values that appear only inside Secrets in the inputs below.
    static let markers = [
        "c3VwZXItc2VjcmV0LXBhc3N3b3Jk", "super-secret-password", "hunter2-plaintext",
        "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t", "PRIVATE-KEY-MATERIAL", "token-in-annotation",
        "listed-secret-value", "broken-secret-value", "duplicate-secret-value",
    ]

    static let ingresses = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: shop
          namespace: shop
          annotations:
            nginx.ingress.kubernetes.io/auth-type: basic
            nginx.ingress.kubernetes.io/auth-secret: basic-auth
        spec:
          ingressClassName: nginx
          tls:
          - hosts: [shop.example.com]
            secretName: shop-tls
          rules:
          - host: shop.example.com
            http:
              paths:
              - path: /
                pathType: Prefix
                backend:
                  service: {name: storefront, port: {number: 80}}

        """

    static let secrets = """
        apiVersion: v1
        kind: Secret
        metadata:
          name: shop-tls
          namespace: shop
          annotations:
            kubectl.kubernetes.io/last-applied-configuration: '{"data":{"tls.key":"token-in-annotation"}}'
        type: kubernetes.io/tls
        data:
          tls.crt: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t
          tls.key: PRIVATE-KEY-MATERIAL
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: basic-auth, namespace: shop}
        data:
          auth: c3VwZXItc2VjcmV0LXBhc3N3b3Jk
        stringData:
          password: super-secret-password
          other: hunter2-plaintext
        ---
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Secret
          metadata: {name: listed, namespace: shop}
          data: {value: listed-secret-value}
        - apiVersion: v1
          kind: Secret
          metadata: [broken-secret-value]
          data: broken-secret-value

        """

    static let commands: [[String]] =
        [["print"], ["print", "-o", "json"], ["print", "-o", "kyaml"]]
        + ["text", "markdown", "json", "github", "sarif", "junit"].map { ["report", "--format", $0] }

    private func expectNoSecretValue(_ text: String, _ context: String) {
        for marker in Self.markers {
            #expect(!text.contains(marker), "\(context) shows the Secret value \(marker)")
        }
    }

    @Test(arguments: commands)
    func noSecretValueInAnyFormat(_ command: [String]) throws {
        let folder = try TemporaryFolder()
        try Data(Self.ingresses.utf8).write(to: folder.url.appendingPathComponent("ingresses.yaml"))
        try Data(Self.secrets.utf8).write(to: folder.url.appendingPathComponent("secrets.yaml"))
        let result = try ToolProcess.run(command + ["--fail-on", "none", "-f", "."], in: folder.url)
        #expect(result.status == 0, "\(result.standardError)")
        expectNoSecretValue(result.standardOutput, "\(command) standard output")
        expectNoSecretValue(result.standardError, "\(command) standard error")
        #expect(["storefront", "auth-secret", "basic-auth"].contains { result.standardOutput.contains($0) }, "the output is there")
        if command.first == "print" || ["text", "markdown", "json"].contains(command.last) {
            #expect(result.standardOutput.contains("shop-tls"), "the certificate Secret is named")
        }
    }

    /// Inputs that fail inside a Secret's data: the error names the place, never the value.
    static let brokenSecrets: [(name: String, bytes: [UInt8])] = [
        ("duplicate key", Array("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata:\n  key: duplicate-secret-value\n  key: duplicate-secret-value\n".utf8)),
        ("unterminated quote", Array("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData:\n  password: \"super-secret-password\n".utf8)),
        ("invalid UTF-8", Array("apiVersion: v1\nkind: Secret\nstringData:\n  password: hunter2-plaintext".utf8) + [0xC3, 0x28, 0x0A]),
        ("bad indentation", Array("apiVersion: v1\nkind: Secret\nstringData:\n  password: hunter2-plaintext\n   other: PRIVATE-KEY-MATERIAL\n".utf8)),
    ]

    @Test(arguments: brokenSecrets.indices)
    func errorsInsideSecretsShowNoValue(_ index: Int) throws {
        let (name, bytes) = Self.brokenSecrets[index]
        for command in Self.commands {
            let result = try ToolProcess.run(command + ["-f", "-"], input: Data(bytes))
            #expect(result.status == 2, "\(name): \(result.standardError)")
            #expect(result.standardOutput.isEmpty)
            #expect(result.standardError.hasPrefix("<stdin>:"), "\(name): the error names the place: \(result.standardError)")
            expectNoSecretValue(result.standardError, "\(name), \(command)")
        }
    }
}
