import MigrationCore
import Testing
@testable import Verify

/// The location index only finds faster what a scan over every location of the server finds:
/// on random servers (shared paths, both kinds on one path, trailing slashes, other cases,
/// canonically equivalent spellings, regex mode) it must make the scan's choice for every
/// path, and regex mode must be credited for the same requests.
@Suite struct NGINXLocationIndexTests {
    static let plainPaths = [
        "/", "/a", "/a/", "/a/b", "/a/b/", "/ab", "/api", "/api/", "/api/v1", "/api/v1/", "/A", "/é", "/e\u{301}", "/é/", "", "/a//b",
        "/x/y/z",
    ]
    static let patterns = [
        "/p1/.*", "/p12/.*", "/api(/|$)(.*)", "/API/v2", "/a|/b", "/foo/bar/[A-Z0-9]{3}", "/ab?", "/ab*c", "/a+b", "/a{2}", "/(?i)x",
        "/x(?#a(b)|/y", "(.*)", "/[", "/é/.*", "/\\d+", "/users/(?<id>\\d+)", "/Ab", "/", "/api/(?:v1|v2)/.*", "/q[|]", "/api",
        "(/p1)/.*", "(?:/API)/v(2)", "(/a|/b)/x", "(/a)?/x", "(?i)(/P12)/.*", "((/u))se(r)s/.*",
        // Beginnings outside ASCII.
        "/e\u{301}x/.*", "/ÉTÉ/(.*)", "/\u{212A}elvin", "/straße", "/STRAẞE", "/日本/.*", "/\u{F900}", "/\u{17F}x", "/é+", "/\u{301}a",
        "/a\u{327}\u{301}", "(?i)/Ä/.*",
    ]
    static let regexRequests = [
        "/p1/x", "/P12/y", "/p1", "/api", "/api/", "/apix", "/API/V2", "/b", "/a", "/foo/bar/AB1", "/foo/bar/ab1", "/ac", "/abbbc",
        "/aab", "/aa", "/x", "/y", "/é/z", "/É/z", "/123", "/users/7", "/AB", "/api/v2/x", "/q|", "/", "", "/KELVIN\u{212A}",
        "/a/x", "/b/x", "/x/x", "/Users/1", "/API/v2", "/e\u{301}/z", "/E\u{301}X/y", "/éx/y", "/été/a", "/ÉTÉ/b", "/kelvin", "/Kelvin",
        "/\u{212A}ELVIN", "/strasse", "/straße", "/STRASSE", "/STRAẞE", "/日本/x", "/\u{8C48}", "/\u{F900}", "/sx", "/Sx", "/\u{17F}x",
        "/éé", "/\u{301}a", "/a\u{301}\u{327}", "/ä/x", "/Ä/x",
    ]

    @Test func choosesWhatAScanOverEveryLocationChooses() {
        var generator = SeededGenerator(state: 23)
        for round in 0..<400 {
            let regexMode = round % 4 == 3
            let pool = regexMode ? Self.patterns : Self.plainPaths
            let locations = (0..<Int.random(in: 1...14, using: &generator)).map { position in
                var settings = NGINXLocationSettings.builtIn
                settings.rewrite.useRegex = regexMode && Bool.random(using: &generator)
                if Int.random(in: 0..<8, using: &generator) == 0 { settings.rewrite.appRoot = "/home" }
                return NGINXLocation(
                    path: pool.randomElement(using: &generator)!, kind: Bool.random(using: &generator) ? .prefix : .exact,
                    backend: .service(namespace: "team", name: "svc\(position)", port: .none), ingressIndex: position, isDefaultBackend: false,
                    settings: settings, sources: [])
            }
            let index = NGINXLocationIndex(locations)
            let usesRegex = locations.contains { $0.settings.rewrite.useRegex || $0.rewrites }
            #expect(index.usesRegex == usesRegex, "round \(round)")
            #expect(index.appRootIndex == locations.firstIndex { $0.settings.rewrite.appRoot != nil }, "round \(round)")
            #expect(index.rootIndex == locations.firstIndex { $0.path == "/" }, "round \(round)")
            var requests = regexMode ? Self.regexRequests : Self.plainPaths
            for location in locations {
                requests += [location.path + "/", location.path + "x", location.path + "/deeper", location.path.uppercased(), String(location.path.dropLast())]
            }
            for path in requests {
                for query in [nil, "q=1"] {
                    let expected = Self.scan(path, query: query, locations)
                    #expect(index.location(for: path, query: query, in: locations) == expected, "round \(round), path \(path)")
                }
                guard usesRegex, case .location(let chosen) = Self.scan(path, query: nil, locations) else { continue }
                let firstCaseSensitive = locations.firstIndex { NGINXLocationMatching.matchesRegex($0.path, path, caseSensitive: true) }
                let expected = NGINXLocationMatching.regexModeDecides(path: path, chosen: chosen, firstCaseSensitiveMatch: firstCaseSensitive, in: locations)
                #expect(index.regexModeDecides(path: path, chosen: chosen, in: locations) == expected, "round \(round), path \(path)")
            }
        }
    }

    /// Ties: of several locations with one path, the first written wins, exact or prefix.
    @Test func theFirstOfEqualLocationsWins() {
        let locations = [("/a/", NGINXLocation.Kind.prefix), ("/a/", .prefix), ("/a", .exact), ("/a", .exact), ("/", .prefix), ("/", .prefix)]
            .enumerated().map { position, entry in
                NGINXLocation(
                    path: entry.0, kind: entry.1, backend: .controllerDefault, ingressIndex: position, isDefaultBackend: false, settings: .builtIn,
                    sources: [])
            }
        let index = NGINXLocationIndex(locations)
        #expect(index.location(for: "/a/x", query: nil, in: locations) == .location(index: 0))
        #expect(index.location(for: "/a/", query: nil, in: locations) == .location(index: 0))
        #expect(index.location(for: "/a", query: nil, in: locations) == .location(index: 2), "an exact location before the slash redirect")
        #expect(index.location(for: "/b", query: "q", in: locations) == .location(index: 4))
        #expect(index.location(for: "/e\u{301}", query: nil, in: locations) == .location(index: 4))
    }

    /// The slash redirect: a prefix location equal to the path plus `/`, unless an exact
    /// location of the path exists; the query is kept.
    @Test func slashRedirectKeepsTheQuery() {
        let locations = [
            NGINXLocation(path: "/docs/", kind: .prefix, backend: .controllerDefault, ingressIndex: 0, isDefaultBackend: false, settings: .builtIn, sources: []),
            NGINXLocation(path: "/", kind: .prefix, backend: .controllerDefault, ingressIndex: 1, isDefaultBackend: false, settings: .builtIn, sources: []),
        ]
        let index = NGINXLocationIndex(locations)
        #expect(index.location(for: "/docs", query: "page=2", in: locations) == .slashRedirect(location: "/docs/?page=2"))
        #expect(index.location(for: "/docs/", query: nil, in: locations) == .location(index: 0))
    }

    /// What each pattern's matches must begin with, and the patterns too tangled to say.
    @Test func literalBeginnings() {
        let cases: [(String, String?)] = [
            ("/p12/.*", "/p12/"), ("/API/v2", "/api/v2"), ("/ab?", "/a"), ("/ab*c", "/a"), ("/a{2}", "/"), ("/a+b", "/"),
            ("/api(/|$)(.*)", "/api"), ("/api/(?:v1|v2)", "/api/"), ("/a|/b", nil), ("/(?i)x", nil), ("/x(?#a(b)|/y", nil), ("/[", nil),
            ("/q[|]", "/q"), ("(.*)", ""), ("/é/.*", "/é/"), ("/\\d+", "/"), ("/a\\Q(\\E|/b", nil), ("/a[[b]|c]", nil), ("/a)|(b", nil),
            // Through groups without alternatives of their own that are neither optional nor repeated.
            ("(/p12)/.*", "/p12/"), ("(?:/api)/v1", "/api/v1"), ("(/a|/b)/x", ""), ("(/a)?/x", ""), ("(/a)+/x", ""), ("(/a){1}/x", ""),
            ("/x(/a(b|c))", "/x/a"), ("()/a", "/a"), ("(/ab?)c", "/a"), ("((/a))", "/a"), ("(/a[)]b)/c", "/a"), ("(/a\\)b)", "/a"),
            ("(?i)(/P1)/.*", "/p1/"), ("(?i)/a|/b", nil), ("(?s)/a", nil),
            // Outside ASCII: lower case, canonically decomposed (compared here as strings, up to
            // canonical equivalence); no spaces; no combining mark on punctuation.
            ("/ÉTÉ/(.*)", "/été/"), ("/E\u{301}x+", "/é"), ("/\u{212A}", "/k"), ("/ß?", "/"), ("/日本/.*", "/日本/"), ("/\u{301}a", ""),
            ("/a\u{A0}b", "/a"), ("/\u{F900}", "/\u{8C48}"),
        ]
        for (pattern, expected) in cases {
            let beginning = NGINXRegexCandidates.literalBeginning(of: pattern).map { String(decoding: $0, as: UTF8.self) }
            #expect(beginning == expected, "\(pattern)")
        }
    }

    /// The straightforward choice: every location looked at, in configuration order.
    static func scan(_ path: String, query: String?, _ locations: [NGINXLocation]) -> NGINXLocationMatching.Selection {
        if locations.contains(where: { $0.settings.rewrite.useRegex || $0.rewrites }) {
            if let index = locations.firstIndex(where: { NGINXLocationMatching.matchesRegex($0.path, path) }) { return .location(index: index) }
            return .none
        }
        if let exact = locations.firstIndex(where: { $0.kind == .exact && $0.path == path }) { return .location(index: exact) }
        if locations.contains(where: { $0.kind == .prefix && $0.path == path + "/" }) {
            return .slashRedirect(location: path + "/" + (query.map { "?" + $0 } ?? ""))
        }
        let prefixes = locations.indices.filter { locations[$0].kind == .prefix && path.hasPrefix(locations[$0].path) }
        guard let longest = prefixes.max(by: { locations[$0].path.count < locations[$1].path.count }) else { return .none }
        return .location(index: longest)
    }
}
