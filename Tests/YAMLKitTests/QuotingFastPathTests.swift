import Testing
@testable import YAMLKit

/// The shortcuts in scalar presentation must give the answers of the full rules: a "safe word"
/// is always writable plain, and a string starting with a letter needs quoting exactly when a
/// reader would resolve it to something else or it is a reserved spelling.
@Suite("Quoting fast paths")
struct QuotingFastPathTests {
    static let pieces = [
        "a", "y", "n", "t", "f", "o", "N", "Y", "T", "F", "O", "e", "s", "u", "l", "r", "0", "1", "9", ".", "-", "_", "/", ":", " ", "#",
        "yes", "no", "on", "off", "null", "true", "false", "inf", "nan", "x", "~", "+", "<<", "=",
    ]

    static func strings(seed: UInt64) -> [String] {
        var random = SeededRandom(state: seed)
        return (0..<50_000).map { _ in
            (0..<Int(1 + random.next() % 5)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
        }
    }

    /// The rule without the letter shortcut.
    static func needsQuotingFully(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return true }
        guard ImplicitTypeForms.mayStartImplicitType(first) else { return false }
        if case .string = KubernetesScalarResolution.resolvePlain(text) {
            return ImplicitTypeForms.isReservedWord(text)
                || text.withUTF8Bytes { ImplicitTypeForms.isNumber($0) || ImplicitTypeForms.isTimestamp($0) }
        }
        return true
    }

    @Test func needsQuotingMatchesTheFullRule() {
        for text in Self.strings(seed: 7) {
            #expect(ScalarQuoting.needsQuoting(text) == Self.needsQuotingFully(text), "\(text)")
        }
    }

    @Test func safeWordsAreWritablePlain() {
        var safe = 0
        for text in Self.strings(seed: 8) where PlainScalarRules.isSafeWord(text) {
            safe += 1
            #expect(PlainScalarRules.allowsBlockPlain(text), "\(text)")
        }
        #expect(safe > 1_000)
    }
}
