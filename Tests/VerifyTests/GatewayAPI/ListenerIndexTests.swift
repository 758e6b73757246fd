import MigrationCore
import Testing
@testable import Verify

/// The listener index offers, for a request's port, scheme and host, exactly the listeners a
/// scan of every listener of the Gateway finds, in the same order.
@Suite struct ListenerIndexTests {
    static let hostnames: [String?] = [
        nil, "shop.example.com", "Shop.Example.COM", "*.example.com", "*.EXAMPLE.com", "*.shop.example.com", "*.com", "*.b.a.example.com",
        "*.bücher.de", "*.\u{212A}.example.com", "a.example.com",
    ]
    static let requests = [
        "shop.example.com", "a.shop.example.com", "x.y.shop.example.com", "example.com", "z.example.com", "c.b.a.example.com",
        "b.a.example.com", "com", "x.com", "www.bücher.de", "x.k.example.com", ".example.com", "a..example.com", "",
    ]

    @Test func offersWhatAScanFinds() {
        var generator = SeededGenerator(state: 5)
        for round in 0..<300 {
            let listeners = (0..<Int.random(in: 1...14, using: &generator)).map { index in
                EffectiveListener(
                    listener: Listener(
                        name: "l\(index)", hostname: Self.hostnames.randomElement(using: &generator)!, port: [80, 443].randomElement(using: &generator)!,
                        protocol: [.http, .https, .tls].randomElement(using: &generator)!),
                    owner: ObjectRef(kind: "Gateway", namespace: "gateway-system", name: "nginx"),
                    isConflicted: Int.random(in: 0..<6, using: &generator) == 0)
            }
            let index = ListenerIndex(listeners)
            for port in [80, 443] {
                for secure in [false, true] {
                    let candidates = secure ? index.ports[port]?.secure : index.ports[port]?.http
                    for host in Self.requests {
                        let expected = listeners.indices.filter { position in
                            let listener = listeners[position].listener
                            guard !listeners[position].isConflicted, listener.port == port else { return false }
                            guard secure ? listener.protocol != .http : listener.protocol == .http else { return false }
                            return listener.hostname.map { HostnameMatching.matches($0, host) } ?? true
                        }
                        #expect((candidates?.matching(host, in: listeners) ?? []) == expected, "round \(round), \(port), \(host)")
                    }
                }
            }
        }
    }
}
