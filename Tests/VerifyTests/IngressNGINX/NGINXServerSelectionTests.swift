import MigrationCore
import Testing
@testable import Verify

/// The server selection only finds faster what sorting and scanning every server name finds:
/// on random servers with exact and wildcard names and aliases (shared between servers,
/// with and without certificates) it must choose the scan's server for every host name, and
/// say the same aliases use a certificate.
@Suite struct NGINXServerSelectionTests {
    static let names = [
        "a.example.com", "b.example.com", "*.example.com", "*.a.example.com", "www.example.com", "x.y.example.com", "*.y.example.com",
        "example.com", "*.other.org", "*.é.org", "*.e\u{301}.net",
    ]
    static let aliases = [
        "alias.example.com", "*.example.com", "*.a.example.com", "*.org", "c.example.com", "*.y.example.com", "other.org", "_", "*.com",
        "*.é.org", "q.example.com",
    ]
    static let hostnames = [
        "q.example.com", "q.a.example.com", "a.b.a.example.com", "deep.x.y.example.com", "z.y.example.com", "sub.other.org", "example.com",
        "x.org", "_", "q_w.example.com", "q.w.example.com", "é.example.com", "", ".", "x.é.org", "x.e\u{301}.org", "x.é.net", "q-1.other.org",
        "*.example.com",
    ]

    @Test func choosesWhatAScanOverEveryNameChooses() {
        var generator = SeededGenerator(state: 31)
        for round in 0..<300 {
            var servers: [String: NGINXServer] = ["_": NGINXServer(hostname: "_", locations: [], hasCertificate: true)]
            for name in Self.names where Bool.random(using: &generator) {
                var server = NGINXServer(hostname: name, locations: [], hasCertificate: Bool.random(using: &generator))
                server.aliases = Self.aliases.filter { _ in Int.random(in: 0..<3, using: &generator) == 0 }
                server.certificateNames = Set((Self.aliases + Self.names).filter { _ in Bool.random(using: &generator) })
                servers[name] = server
            }
            let selection = NGINXServerSelection(servers)
            for hostname in Self.hostnames + Self.names + Self.aliases {
                #expect(selection.serverName(for: hostname) == Self.scan(hostname, servers), "round \(round), \(hostname)")
                let certified = servers.values.contains { $0.hasCertificate && $0.aliases.contains(hostname) && $0.certificateNames.contains(hostname) }
                #expect(selection.certifiedAliases.contains(hostname) == certified, "round \(round), \(hostname)")
            }
        }
    }

    /// The straightforward choice: every server name sorted and looked at.
    static func scan(_ hostname: String, _ servers: [String: NGINXServer]) -> String {
        if hostname != "_", servers[hostname] != nil { return hostname }
        let names = servers.keys.sorted()
        if let alias = names.first(where: { servers[$0]!.aliases.contains(hostname) }) { return alias }
        let wildcardAliases = names.flatMap { name in servers[name]!.aliases.filter { $0.hasPrefix("*.") }.map { (alias: $0, server: name) } }
        if let alias = wildcardAliases.filter({ hostname.hasSuffix($0.alias.dropFirst(1)) }).max(by: { $0.alias.count < $1.alias.count }) {
            return alias.server
        }
        return names.first { NGINXServerSelection.wildcardHost($0, covers: hostname) } ?? "_"
    }
}
