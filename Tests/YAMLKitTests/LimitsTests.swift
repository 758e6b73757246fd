import Testing
import YAMLKit

@Suite("Parse limits")
struct LimitsTests {
    /// The classic "billion laughs" document: nine levels, each referring nine times to the one before.
    private static let billionLaughs: String = {
        var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        let names = Array("abcdefghi")
        for level in 1..<names.count {
            let previous = "*\(names[level - 1])"
            let references = Array(repeating: previous, count: 9).joined(separator: ",")
            lines.append("\(names[level]): &\(names[level]) [\(references)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test("an alias bomb fails fast with the default limits")
    func billionLaughsFailsFast() {
        let clock = ContinuousClock()
        var error: YAMLError?
        let elapsed = clock.measure {
            error = yamlError { _ = try parseDocuments(Self.billionLaughs) }
        }
        #expect(error?.kind == .aliasExpansion)
        #expect(error?.mark?.line == 7)
        #expect(error?.message == "alias expansion exceeds the limit of 1000000 nodes")
        #expect(elapsed < .seconds(1))
    }

    @Test("alias expansion counts whole subtrees against the limit")
    func expansionCountsSubtrees() throws {
        let text = "base: &b [1, 2, 3]\nx: *b\ny: *b\n"
        #expect(try parseDocuments(text, limits: ParseLimits(maxAliasExpansion: 8)).count == 1)
        let error = yamlError { _ = try parseDocuments(text, limits: ParseLimits(maxAliasExpansion: 7)) }
        #expect(error?.kind == .aliasExpansion)
        #expect(error?.mark == Mark(line: 3, column: 4))
    }

    @Test("the expansion budget is per document")
    func expansionBudgetPerDocument() throws {
        let document = "base: &b [1, 2, 3]\nx: *b\n"
        let limits = ParseLimits(maxAliasExpansion: 4)
        #expect(try parseDocuments(document + "---\n" + document, limits: limits).count == 2)
    }

    @Test("an alias to an unknown anchor is an error at the alias")
    func undefinedAlias() {
        let error = yamlError { _ = try parseDocuments("a: &known 1\nb: *unknown\n") }
        #expect(error == YAMLError(
            message: #"alias refers to undefined anchor "unknown""#, mark: Mark(line: 2, column: 4), kind: .undefinedAlias))
    }

    @Test("anchors do not carry over to the next document")
    func anchorsArePerDocument() {
        let error = yamlError { _ = try parseDocuments("a: &x 1\n---\nb: *x\n") }
        #expect(error?.kind == .undefinedAlias)
    }

    @Test("nesting deeper than the limit fails at the collection that exceeds it")
    func depth() throws {
        let limits = ParseLimits(maxDepth: 3)
        #expect(try parseDocuments("a:\n  b:\n    - 1\n", limits: limits).count == 1)
        let error = yamlError { _ = try parseDocuments("a:\n  b:\n    - [1]\n", limits: limits) }
        #expect(error?.kind == .depth)
        #expect(error?.mark == Mark(line: 3, column: 7))
    }

    @Test("very deep flow nesting fails with the default limit")
    func defaultDepth() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let error = yamlError { _ = try parseDocuments(text) }
        #expect(error?.kind == .depth)
        #expect(error?.mark == Mark(line: 1, column: 257))
    }

    @Test("more documents than the limit fail at the first one too many")
    func documentCount() throws {
        let limits = ParseLimits(maxDocuments: 2)
        #expect(try parseDocuments("a: 1\n---\nb: 2\n", limits: limits).count == 2)
        let error = yamlError { _ = try parseDocuments("a: 1\n---\nb: 2\n---\nc: 3\n", limits: limits) }
        #expect(error?.kind == .documentCount)
        #expect(error?.mark == Mark(line: 4, column: 1))
    }

    @Test("a scalar larger than the limit fails at the scalar")
    func scalarSize() throws {
        let limits = ParseLimits(maxScalarBytes: 8)
        #expect(try parseDocuments("a: 12345678\n", limits: limits).count == 1)
        let error = yamlError { _ = try parseDocuments("a: ok\nb: secret-value-123\n", limits: limits) }
        #expect(error?.kind == .scalarSize)
        #expect(error?.mark == Mark(line: 2, column: 4))
        #expect(error?.message.contains("secret") == false)
    }

    @Test("input larger than the limit is refused before parsing")
    func inputSize() throws {
        let limits = ParseLimits(maxInputBytes: 10)
        #expect(try YAMLParser.parseAll(Array("a: 1234567".utf8), limits: limits).count == 1)
        let error = yamlError { _ = try YAMLParser(bytes: Array("a: 12345678".utf8), limits: limits) }
        #expect(error?.kind == .inputSize)
        #expect(error?.mark == nil)
    }

    @Test("default limits have the documented values")
    func defaults() {
        let limits = ParseLimits.default
        #expect(limits.maxInputBytes == 512 * 1024 * 1024)
        #expect(limits.maxDepth == 256)
        #expect(limits.maxAliasExpansion == 1_000_000)
        #expect(limits.maxDocuments == 1_000_000)
        #expect(limits.maxScalarBytes == 16 * 1024 * 1024)
    }
}
