import MigrationCore
import Testing
@testable import Verify

/// The listeners kept by what makes two collide must say a new listener collides exactly when
/// comparing it with every served listener does.
@Suite struct ServedListenersTests {
    @Test func collidesExactlyWhenAPairwiseCheckDoes() {
        let protocols: [Listener.ListenerProtocol] = [.http, .https, .tls, .tcp, .udp]
        let hostnames: [String?] = [nil, "a.example.com", "A.Example.com", "*.example.com", "b.example.com"]
        var generator = SeededGenerator(state: 5)
        for round in 0..<300 {
            var served = ServedListeners()
            var servedList: [Listener] = []
            for position in 0..<Int.random(in: 1...20, using: &generator) {
                let listener = Listener(
                    name: "l\(position)", hostname: hostnames.randomElement(using: &generator)!, port: [80, 443, 53].randomElement(using: &generator)!,
                    protocol: protocols.randomElement(using: &generator)!)
                let expected = servedList.contains { ListenerTable.collide($0, listener) }
                #expect(served.collides(with: listener) == expected, "round \(round), listener \(position)")
                if !expected {
                    served.insert(listener)
                    servedList.append(listener)
                }
            }
        }
    }
}
