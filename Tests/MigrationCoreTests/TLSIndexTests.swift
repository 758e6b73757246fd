import Testing
@testable import MigrationCore

/// The indexed certificate choice gives what a pass over every TLS entry gives: the entry that
/// lists the host, then the first with a Secret whose wildcard covers it, then the first with
/// a Secret and no hosts, then the first with a Secret (assumed), else the default.
@Suite struct TLSIndexTests {
    /// The choice made by looking at every entry, as a comparable text.
    static func reference(_ host: String, _ tls: [IngressTLS]) -> String {
        let hasSecret = { (entry: IngressTLS) in !(entry.secretName?.value.isEmpty ?? true) }
        if let exact = tls.first(where: { $0.hosts.contains { $0.value.lowercased() == host } }) {
            return hasSecret(exact) ? "cert \(exact.secretName!.value)" : "default"
        }
        let entries = tls.filter(hasSecret)
        if let wildcard = entries.first(where: { $0.hosts.contains { TLSMatching.covers($0.value.lowercased(), host) } }) {
            return "cert \(wildcard.secretName!.value)"
        }
        if let open = entries.first(where: { $0.hosts.isEmpty }) { return "cert \(open.secretName!.value)" }
        if let first = entries.first { return "assumed \(first.secretName!.value)" }
        return "default"
    }

    static func text(_ choice: TLSMatching.Choice) -> String {
        switch choice {
        case .certificate(let certificate, let assumption): "\(assumption == nil ? "cert" : "assumed") \(certificate.secret.name)"
        case .defaultCertificate: "default"
        }
    }

    @Test func indexedChoiceMatchesAPassOverEveryEntry() throws {
        let pool = ["a.example.com", "A.Example.com", "*.example.com", "*.Example.COM", "b.a.example.com", "*.a.example.com", "example.com", "*", "*.com", "c.example.org"]
        let hosts = ["a.example.com", "b.example.com", "b.a.example.com", "example.com", "x.y.example.com", "*.example.com", "c.example.org", "z.com"]
        let place = SourceLocation(file: "in.yaml", line: 1, column: 1)
        var generator = SeededGenerator(state: 7)
        for round in 0..<400 {
            let tls = (0..<Int.random(in: 0...4, using: &generator)).map { index in
                IngressTLS(
                    hosts: (0..<Int.random(in: 0...3, using: &generator)).map { _ in Located(pool.randomElement(using: &generator)!, at: place) },
                    secretName: Bool.random(using: &generator) ? Located("secret-\(index)", at: place) : nil,
                    location: place)
            }
            var ingress = try Self.ingress()
            ingress.tls = tls
            let source = SourceRef(object: ingress.ref, location: place)
            let index = TLSIndex(ingress)
            for host in hosts {
                #expect(Self.text(TLSMatching.choose(for: host, in: ingress, source: source, index: index)) == Self.reference(host, tls), "round \(round), \(host)")
            }
        }
    }

    /// An Ingress to give TLS entries to.
    static func ingress() throws -> Ingress {
        var findings = FindingList()
        let yaml = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web, namespace: team}\nspec: {ingressClassName: nginx}\n"
        return try #require(try ManifestParser().parse([SourceFile(path: "in.yaml", bytes: Array(yaml.utf8))], findings: &findings).ingresses.first)
    }
}
