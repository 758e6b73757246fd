import Foundation
import Testing
@testable import Verify

/// The key regex beginnings and request paths are filed by must agree with how the engines'
/// regular expressions compare characters: whenever a pattern made of one literal character
/// matches the start of a text, the text's key begins with the pattern's key.
@Suite struct RegexLiteralKeyTests {
    /// Characters related by case, case folding, compatibility or canonical equivalence, some
    /// of which match each other and some of which do not.
    static let pairs: [(String, String)] = [
        ("ſ", "s"), ("ſ", "S"), ("\u{212A}", "k"), ("\u{212A}", "K"), ("k", "\u{212A}"), ("ß", "ẞ"), ("ẞ", "ß"), ("ß", "ss"), ("ß", "SS"),
        ("ﬁ", "fi"), ("ς", "σ"), ("ς", "Σ"), ("σ", "ς"), ("İ", "i"), ("i", "İ"), ("ı", "I"), ("I", "ı"), ("\u{2126}", "ω"), ("ω", "\u{2126}"),
        ("µ", "μ"), ("μ", "µ"), ("ǅ", "ǆ"), ("ǅ", "Ǆ"), ("ǆ", "ǅ"), ("ẛ", "ṡ"), ("é", "e\u{301}"), ("É", "e\u{301}"), ("e\u{301}", "É"),
        ("Ǆ", "dž"), ("s", "ſ"), ("Å", "\u{212B}"), ("\u{212B}", "å"), ("ǰ", "J\u{30C}"), ("ϐ", "β"), ("θ", "ϑ"), ("ϴ", "θ"), ("θ", "ϴ"),
        ("ᾳ", "ᾼ"), ("ᾼ", "ᾳ"), ("ᾳ", "ΑΙ"), ("\u{F900}", "\u{8C48}"), ("\u{8C48}", "\u{F900}"), ("ấ", "a\u{302}\u{301}"),
        ("a\u{301}\u{327}", "a\u{327}\u{301}"), ("e", "é"), ("日", "日本"),
    ]

    @Test func charactersThatMatchHaveKeysThatBeginAlike() throws {
        var matched = 0
        for (pattern, text) in Self.pairs {
            let escaped = pattern.unicodeScalars.map { String(format: "\\u{%X}", $0.value) }.joined()
            for ignoresCase in [false, true] {
                let regex = try #require(CompiledRegexes.shared.regex("^(?:" + escaped + ")", ignoresCase: ignoresCase))
                guard (try? regex.firstMatch(in: text + "/x")) != nil else { continue }
                matched += 1
                let patternKey = RegexLiteralBeginning.key(pattern, ignoringCase: ignoresCase)
                let textKey = RegexLiteralBeginning.key(text + "/x", ignoringCase: ignoresCase)
                #expect(textKey.starts(with: patternKey), "\(pattern) matches \(text) (ignoring case: \(ignoresCase))")
            }
        }
        // Both kinds occur: pairs that match (so the check above ran) and pairs that do not.
        #expect(matched > 20 && matched < 2 * Self.pairs.count)
    }

    /// ASCII text is its own bytes, lower-cased when case is ignored.
    @Test func asciiTextIsItsOwnBytes() {
        #expect(RegexLiteralBeginning.key("/Api/V1", ignoringCase: true) == Array("/api/v1".utf8))
        #expect(RegexLiteralBeginning.key("/Api/V1", ignoringCase: false) == Array("/Api/V1".utf8))
        #expect(RegexLiteralBeginning.key("/É", ignoringCase: true) == Array("/e\u{301}".utf8))
        #expect(RegexLiteralBeginning.key("/\u{e9}", ignoringCase: false) == Array("/e\u{301}".utf8))
    }
}
