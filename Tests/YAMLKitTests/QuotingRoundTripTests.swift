import Foundation
import Testing
import YAMLKit

@Suite("Quoting round trips")
struct QuotingRoundTripTests {
    /// Strings that are easy to get wrong: typed look-alikes, indicators, whitespace,
    /// line breaks, escapes and Unicode.
    static let trickyStrings = [
        "80", "true", "yes", "on", "null", "~", "1e3", "0x1F", "012", "", "2001-12-14", "1:20",
        "y", "n", "No", "OFF", "0o12", "0b101", "1_000", "+1", "-1", ".5", "1.", ".inf", "-.Inf", ".nan",
        "190:20:30", "<<", "=", "2001-12-14T21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "1.2.3",
        "0", "00", "08", "1e400", "0x", "NULL", "TRUE", "0.0", "-0", "1__", "0_x1F", "._5", ".", "+", "+.", "12:60",
        "a: b", "*x", "&a", "!tag", "#x", "a #b", "a#b", "- a", "-", "?", ":", "?x", ":x", "-x", "[x", "{x", "x]",
        "@x", "`x", "%x", "|x", ">x", "'x", "\"x", "---", "...", "--- x", "x ", " x", "a, b", "key: value # c",
        "a\tb", "a\nb", "a\nb\n", "a\n\n", "\n", "\n\nx", "  indented\nnext", "trailing \nspace", "a\r\nb", "a\rb",
        "é ✓ 日本 🚀", "\u{FEFF}bom", "\u{85}nel", "a\u{2028}b", "back\\slash", "quote\"s", "it's",
        "http://example.com/a?b=c#d", "nul\u{0}char", "bell\u{7}", "del\u{7F}", "line\n  indented\n\ttab\n",
    ]

    private static func document(values: [String]) -> YAMLValue {
        .mapping([
            .init("values", .sequence(values.map(YAMLValue.string))),
            .init("keys", .mapping(values.enumerated().map { .init($0.element, .int($0.offset)) })),
        ])
    }

    @Test("every tricky string reads back as the same string with our parser")
    func ownParser() throws {
        for text in Self.trickyStrings {
            let asRoot = YAMLEmitter.emit(.string(text))
            #expect(try parseRoot(asRoot)?.resolved == .string(text), "root \(text.debugDescription) → \(asRoot.debugDescription)")
            let asValue = YAMLEmitter.emit(.mapping([.init("k", .string(text))]))
            #expect(try parseRoot(asValue)?["k"]?.resolved == .string(text), "value \(text.debugDescription) → \(asValue.debugDescription)")
            let asKey = YAMLEmitter.emit(.mapping([.init(text, .int(1))]))
            let keyNode = try parseRoot(asKey)?.mapping?.first?.key
            #expect(keyNode?.resolved == .string(text), "key \(text.debugDescription) → \(asKey.debugDescription)")
        }
    }

    @Test("the emitter never falls back to single quotes")
    func noSingleQuotedFallback() throws {
        for text in Self.trickyStrings {
            let asValue = YAMLEmitter.emit(.mapping([.init("k", .string(text))]))
            #expect(!asValue.hasPrefix("k: '"), "\(text.debugDescription) → \(asValue.debugDescription)")
            #expect(!(YAMLEmitter.emit(.string(text))).hasPrefix("'"))
        }
    }

    @Test("a whole document of tricky strings survives a round trip")
    func wholeDocument() throws {
        let value = Self.document(values: Self.trickyStrings)
        #expect(try parseRoot(YAMLEmitter.emit(value))?.toValue() == value)
    }

    @Test("the independent reader really applies YAML 1.1 typing")
    func pythonReaderTypesPlainScalars() throws {
        // Needs python3 with PyYAML; without them there is nothing to check here.
        guard PythonYAMLReader.isAvailable else { return }
        let loaded = try #require(try PythonYAMLReader.load("- yes\n- '80'\n- 80\n- ~\n") as? [Any])
        #expect(loaded.count == 4)
        #expect(loaded.first as? Bool == true)
        #expect(loaded.dropFirst().first as? String == "80")
        #expect(loaded.dropFirst(2).first as? Int == 80)
        #expect(loaded.last is NSNull)
    }

    @Test("an independent YAML 1.1 reader (PyYAML) reads every string back unchanged")
    func pythonReader() throws {
        // This comparison needs python3 with PyYAML; when either is missing there is no
        // independent reader to compare with, so only the checks above apply.
        guard PythonYAMLReader.isAvailable else { return }
        let emitted = YAMLEmitter.emit(Self.document(values: Self.trickyStrings))
        let loaded = try #require(try PythonYAMLReader.load(emitted) as? [String: Any])
        let values = try #require(loaded["values"] as? [Any])
        #expect(values.count == Self.trickyStrings.count)
        for (read, expected) in zip(values, Self.trickyStrings) {
            #expect(read as? String == expected, "PyYAML read \(expected.debugDescription) as \(read)")
        }
        let keys = try #require(loaded["keys"] as? [String: Any])
        #expect(Set(keys.keys) == Set(Self.trickyStrings))
        for (offset, text) in Self.trickyStrings.enumerated() {
            #expect(keys[text] as? Int == offset, "PyYAML lost key \(text.debugDescription)")
        }
    }
}
