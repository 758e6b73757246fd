import MigrationCore
import Testing
@testable import Verify

/// The index of a listener's routes only narrows the search: it must offer every route that
/// can serve a host and every match that can accept a path, in scan order.
@Suite struct AttachedRouteIndexTests {
    /// Regular expressions with and without a literal beginning, ignoring case or not.
    static let patterns = [
        "/a.*", "(?i)(/A)/.*", "(/a)/b", "(/a|/b).*", "/A.*", "(?i)/a/?", "(?:/a)?/b.*", "/[ab].*", "(?i)/AB?.*", ".*",
        // Beginnings outside ASCII: canonically equivalent spellings, case pairs, characters
        // whose lower case or decomposition is ASCII.
        "/é/.*", "(?i)/E\u{301}.*", "(?i)/ÉTÉ(/.*)?", "/\u{212A}.*", "(?i)/\u{212A}.*", "(?i)/straße.*", "/日本/.*", "/\u{F900}.*",
    ]

    @Test func offersEveryRouteAndMatchAScanWouldAccept() {
        let paths = ["/", "/a", "/a/", "/a/b", "/ab", "/a//b", "/b/c/", "/é", "a", "", "/\u{212A}", "/e\u{301}/b"]
        let hostnames: [[String]?] = [nil, ["shop.example.com"], ["Shop.Example.com"], ["*.example.com"], ["other.example.com"], ["a.shop.example.com", "*.shop.example.com"]]
        var generator = SeededGenerator(state: 11)
        for round in 0..<200 {
            var routes: [HTTPRoute] = []
            var attached: [AttachedRoute] = []
            for index in 0..<Int.random(in: 1...12, using: &generator) {
                let rules = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                    HTTPRouteRule(matches: (0..<Int.random(in: 0...2, using: &generator)).map { _ in
                        let type = [HTTPRouteMatch.PathType.exact, .pathPrefix, .regularExpression].randomElement(using: &generator)!
                        let path = type == .regularExpression ? Self.patterns.randomElement(using: &generator)! : paths.randomElement(using: &generator)!
                        return HTTPRouteMatch(pathType: type, path: path)
                    })
                }
                routes.append(HTTPRoute(meta: OutputMeta(name: "r\(index)", namespace: "team"), rules: rules))
                attached.append(AttachedRoute(routeIndex: index, hostnames: hostnames.randomElement(using: &generator)!))
            }
            let index = AttachedRouteIndex(attached, routes: routes)
            for host in ["shop.example.com", "a.shop.example.com", "example.com"] {
                let expected = attached.indices.filter { HostnameMatching.routeRank(attached[$0].hostnames, hostname: host) != nil }
                let offered = index.routes(for: host)
                #expect(offered == offered.sorted() && Set(expected).isSubset(of: Set(offered)), "round \(round), \(host)")
                // Routes for every host (no hostnames) rank below any route whose hostname
                // matches: the engine ranks only the others, and falls back to these as a set.
                #expect(index.everyHostRoutes == Set(attached.indices.filter { attached[$0].hostnames == nil }), "round \(round)")
                let specific = index.specificRoutes(for: host)
                #expect(specific.allSatisfy { attached[$0].hostnames != nil }, "round \(round), \(host)")
                #expect(Set(expected.filter { attached[$0].hostnames != nil }).isSubset(of: Set(specific)), "round \(round), \(host)")
            }
            let others = [
                "/a/b/c", "/x", "/é/f", "/A", "/A/b", "/b", "/B/x", "/ab/", "/e\u{301}/f", "/É/f", "/été/x", "/ÉTÉ", "/K", "/k/x",
                "/\u{212A}x", "/STRAẞE", "/strasse", "/日本/x", "/\u{8C48}", "/\u{F900}/x", "/\u{212A}/b", "/e\u{301}/b/c", "/a/\u{301}b",
            ]
            for path in paths + others {
                var expected: [AttachedRouteIndex.Entry] = []
                for (position, entry) in attached.enumerated() {
                    for (ruleIndex, rule) in routes[entry.routeIndex].rules.enumerated() {
                        let matches = rule.matches.isEmpty ? [HTTPRouteMatch(pathType: .pathPrefix, path: "/")] : rule.matches
                        for (matchIndex, match) in matches.enumerated() where RequestMatching.pathMatches(match.pathType, match.path, path) {
                            expected.append(AttachedRouteIndex.Entry(position: position, ruleIndex: ruleIndex, matchIndex: matchIndex))
                        }
                    }
                }
                let offered = index.entries(for: path)
                #expect(offered == offered.sorted(), "round \(round), \(path)")
                #expect(expected.allSatisfy(offered.contains), "round \(round), \(path)")
            }
        }
    }
}
