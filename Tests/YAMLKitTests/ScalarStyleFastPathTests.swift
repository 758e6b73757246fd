import Testing
@testable import YAMLKit

/// The byte-level choice of scalar style (``PrintableASCIIScalarStyle``) must give exactly the
/// answer of the rules on Unicode scalars, and leave every text it cannot judge to them. A
/// divergence would change which strings are quoted, so the two are compared on many
/// generated strings: random ASCII (control characters included), text with non-ASCII
/// characters and line breaks, and every spelling a YAML reader gives another type.
@Suite("Scalar style fast path")
struct ScalarStyleFastPathTests {
    /// Characters that decide the style, weighted so that the interesting ones come up often.
    static let significant: [UInt8] = Array(" :#-.?,[]{}&*!|>'\"%@`~<=+_/0123456789eExXoObByYnNtTfFZ \t\n\r".utf8)

    /// Spellings that some reader types, and near misses.
    static let implicitTypeSpellings: [String] = {
        var spellings = ResolutionTests.nulls + ResolutionTests.trues + ResolutionTests.falses + ResolutionTests.strings
        spellings += ResolutionTests.integers.map(\.0) + ResolutionTests.floats.map(\.0)
        spellings += [
            ".nan", ".NaN", ".NAN", "<<", "=", "1:20", "190:20:30", "-1:20", "190:20:30.15", "1:2:3", "1:60",
            "2001-12-14", "2002-1-2", "2001-12-14t21:59:43.10-05:00", "2001-12-14T21:59:43Z", "2001-12-14 21:59:43.10 -5",
            "2001-12-15 2:59:43.10", "2001-12-14T21:59:43.10+05:30", "2001-12-14T", "2001-12-14 21:59", "1_000", "0x_1F",
            "685.230_15e+03", "1e400", "0b1_0", "True1", "yEs", "nope", "Infinity", "---", "...", "--- a", "... a", "- a", "? a",
            ": a", "a: b", "a:b", "a #b", "a#b", "#a", "a:", "-", "?", ":", " a", "a ", "* .example.com", "*.example.com",
        ]
        return spellings + spellings.flatMap { ["\($0) ", " \($0)", "\($0):", "x\($0)", "\($0)x", "\($0)\n", "\($0)é"] }
    }()

    static func exactKind(_ text: String, asKey: Bool) -> ScalarPresentation.Kind {
        asKey ? ScalarPresentation.exactKeyKind(text) : ScalarPresentation.exactKind(text)
    }

    /// Checks both styles (value and key) against the exact rules, and that the fast path
    /// judged the text exactly when it is printable ASCII.
    static func check(_ text: String) {
        let printableASCII = text.utf8.allSatisfy { $0 >= 0x20 && $0 <= 0x7E }
        let fast = text.withUTF8Bytes(PrintableASCIIScalarStyle.kind)
        #expect((fast != nil) == printableASCII, "\(text.debugDescription)")
        if let fast {
            #expect(fast == exactKind(text, asKey: false), "\(text.debugDescription)")
            #expect(fast == exactKind(text, asKey: true), "\(text.debugDescription)")
        }
        #expect(ScalarPresentation.string(text).kind == exactKind(text, asKey: false), "\(text.debugDescription)")
        #expect(ScalarPresentation.key(text).kind == exactKind(text, asKey: true), "\(text.debugDescription)")
    }

    @Test("random ASCII text, control characters included")
    func randomASCII() {
        var random = SeededRandom(state: 11)
        var judged = 0
        for _ in 0..<200_000 {
            let length = Int(random.next() % 10)
            let bytes = (0..<length).map { _ -> UInt8 in
                random.next() % 4 == 0 ? UInt8(random.next() % 128) : Self.significant[Int(random.next() % UInt64(Self.significant.count))]
            }
            let text = String(decoding: bytes, as: UTF8.self)
            Self.check(text)
            if text.withUTF8Bytes(PrintableASCIIScalarStyle.kind) != nil { judged += 1 }
        }
        #expect(judged > 50_000)
    }

    @Test("text with non-ASCII characters and line breaks is left to the exact rules")
    func nonASCII() {
        let pieces = ["a", "0", " ", ":", "#", "-", "\n", "\r", "\t", "é", "日本", "\u{85}", "\u{2028}", "\u{A0}", "\u{FEFF}", "\u{1F680}", "\u{7F}", "\u{0}"]
        var random = SeededRandom(state: 12)
        for _ in 0..<50_000 {
            let text = (0..<Int(1 + random.next() % 6)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            Self.check(text)
        }
    }

    @Test("every implicit-type spelling and its near misses")
    func implicitTypes() {
        for text in Self.implicitTypeSpellings { Self.check(text) }
        for text in ResolutionTests.nulls + ResolutionTests.trues + ResolutionTests.falses + ResolutionTests.integers.map(\.0) {
            #expect(ScalarPresentation.string(text).kind == .doubleQuoted, "\(text.debugDescription)")
        }
    }

    @Test("reserved words are matched exactly, by bytes")
    func reservedWords() {
        let spellings: Set<String> = [
            "~", "null", "Null", "NULL", "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
            "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
            ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN", "<<", "=",
        ]
        let letters = Array("~nNuUlLyYeEsSoOtTrRfFaA.iInN+-<=".utf8)
        var random = SeededRandom(state: 13)
        var candidates = Array(spellings)
        for _ in 0..<100_000 {
            candidates.append(String(decoding: (0..<Int(random.next() % 7)).map { _ in letters[Int(random.next() % UInt64(letters.count))] }, as: UTF8.self))
        }
        for text in candidates {
            #expect(ImplicitTypeForms.isReservedWord(text) == spellings.contains(text), "\(text.debugDescription)")
        }
    }
}
