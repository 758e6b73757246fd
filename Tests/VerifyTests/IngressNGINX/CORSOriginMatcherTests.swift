import Testing
@testable import Verify

/// The origin check decides as the controller's expression `(entry|…)$` does, searched
/// case-insensitively, for lists with and without `*` entries and for any origin.
@Suite struct CORSOriginMatcherTests {
    static let entries = [
        "https://app.example.com", "https://APP.example.com:8443", "http://*.example.com", "https://*.shop.example.org", "null",
        "https://a.b", "http://localhost:3000", "https://b\u{212A}.example.com",
    ]
    static let origins = [
        "https://app.example.com", "HTTPS://App.Example.Com", "xhttps://app.example.com", "https://app.example.com.evil.net",
        "http://www.example.com", "http://a.b.example.com", "http://-.example.com", "https://x.shop.example.org", "null", "NULL",
        "https://a.b", "https://aa.b", "http://localhost:3000", "http://localhost:30001", "https://bk.example.com",
        "https://é.example.com", "https://app.example.com\r\n", "", "https://app.example.com/",
    ]

    @Test func decidesAsTheControllersExpression() {
        var generator = SeededGenerator(state: 3)
        for round in 0..<200 {
            let chosen = Self.entries.filter { _ in Bool.random(using: &generator) }
            guard !chosen.isEmpty else { continue }
            let matcher = CORSOriginMatcher(chosen)
            let alternatives = chosen.map { entry -> String in
                var pattern = CORSStep.escaped(entry)
                if let star = pattern.range(of: #"\*"#) { pattern.replaceSubrange(star, with: "[A-Za-z0-9-]+") }
                return "(\(pattern))"
            }
            let regex = try! Regex("(" + alternatives.joined(separator: "|") + ")$").ignoresCase()
            for origin in Self.origins {
                let expected = (try? regex.firstMatch(in: origin)) != nil
                #expect(matcher.matches(origin) == expected, "round \(round): \(chosen) with \(origin)")
            }
        }
    }
}
