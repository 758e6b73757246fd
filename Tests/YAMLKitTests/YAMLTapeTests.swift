import Testing
@testable import YAMLKit

/// A tape must give back exactly the value recorded on it, leave out exactly the entries whose
/// value is an empty collection when asked to, and say which sequences hold only non-empty
/// mappings.
@Suite("YAML tape")
struct YAMLTapeTests {
    @Test("random values read back from a tape as they were recorded, also on a reused tape")
    func roundTrip() {
        var generator = BlockWriterTests.Generator(random: SeededRandom(state: 5))
        var reused = YAMLTape()
        for _ in 0..<5_000 {
            let value = generator.value(depth: 0)
            #expect(Self.identical(YAMLTape(value).value, value), "\(value)")
            reused.removeAll()
            reused.append(value)
            #expect(Self.identical(reused.value, value), "\(value)")
        }
    }

    /// Equality that tells floats apart by their bits (so NaN equals NaN, and -0.0 differs from 0.0).
    static func identical(_ lhs: YAMLValue, _ rhs: YAMLValue) -> Bool {
        switch (lhs, rhs) {
        case (.float(let left), .float(let right)): return left.bitPattern == right.bitPattern
        case (.mapping(let left), .mapping(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.key == $1.key && identical($0.value, $1.value) }
        case (.sequence(let left), .sequence(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { identical($0, $1) }
        default: return lhs == rhs
        }
    }

    @Test("an entry whose value is an empty collection is left out, with everything recorded for it")
    func emptyEntriesAreLeftOut() {
        var tape = YAMLTape()
        tape.mapping { object in
            object.entryUnlessEmpty("empty mapping") { $0.mapping { _ in } }
            object.entryUnlessEmpty("empty sequence") { $0.sequence { _ in } }
            object.entryUnlessEmpty("nested empties") { outer in
                outer.mapping { inner in
                    inner.entryUnlessEmpty("a") { $0.mapping { _ in } }
                    inner.entryUnlessEmpty("b") { $0.sequence { _ in } }
                }
            }
            object.entryUnlessEmpty("1") { $0.sequence { _ in } }
            object.key(copying: "copied key")
            object.string("v")
            object.entryUnlessEmpty("kept") { $0.mapping { $0.entryUnlessEmpty("x") { $0.string("é") } } }
            object.entryUnlessEmpty("empty string") { $0.string("") }
            object.entryUnlessEmpty("null") { $0.null() }
            object.key("written empty")
            object.mapping { _ in }
        }
        let expected = YAMLValue.mapping([
            .init("copied key", .string("v")),
            .init("kept", .mapping([.init("x", .string("é"))])),
            .init("empty string", .string("")),
            .init("null", .null),
            .init("written empty", .mapping([])),
        ])
        #expect(tape.value == expected)
        // Literal keys are not copied: only the string values kept are in the byte buffer.
        #expect(tape.bytes == Array("copied keyvé".utf8))
    }

    @Test("a sequence says whether every item is a non-empty mapping")
    func sequencesOfMappings() {
        let cases: [(YAMLValue, Bool)] = [
            (.sequence([]), false),
            (.sequence([.mapping([.init("a", .int(1))])]), true),
            (.sequence([.mapping([.init("a", .int(1))]), .mapping([.init("b", .sequence([]))])]), true),
            (.sequence([.mapping([.init("a", .int(1))]), .mapping([])]), false),
            (.sequence([.mapping([.init("a", .int(1))]), .string("x")]), false),
            (.sequence([.sequence([.mapping([.init("a", .int(1))])])]), false),
        ]
        for (value, expected) in cases {
            let flag = YAMLTape(value).read { reader -> Bool in
                guard case .sequence(_, let ofNonEmptyMappings) = reader.next() else { return !expected }
                return ofNonEmptyMappings
            }
            #expect(flag == expected, "\(value)")
        }
    }
}
