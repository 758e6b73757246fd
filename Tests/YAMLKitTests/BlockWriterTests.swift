import Testing
@testable import YAMLKit

/// The direct writer must write exactly what libyaml's emitter writes: random documents of
/// every shape, with strings made of the characters that change how a scalar is written,
/// are written both ways and compared byte for byte.
@Suite("Block writer matches libyaml")
struct BlockWriterTests {
    /// Characters that decide plain, quoted or literal style, escapes and layout.
    static let alphabet: [String] = [
        "a", "b", "Z", "0", "7", " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", ":", ": ", " #", "#", "-", "- ", "---", "...",
        "?", "\"", "\\", "'", "|", ">", "[", "]", "{", "}", ",", "&", "*", "!", "%", "@", "`", ".", "/", "_", "~",
        "é", "日本", "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{1F680}", "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{A0}",
        "\u{9F}", "\u{FFFE}", "yes", "no", "null", "true", "0x1F", "1e3", "012", "2001-12-14", "<<", "=", "1_000", ".inf",
    ]

    struct Generator {
        var random: SeededRandom

        mutating func string(maxParts: Int) -> String {
            let count = Int(random.next() % UInt64(maxParts + 1))
            return (0..<count).map { _ in BlockWriterTests.alphabet[Int(random.next() % UInt64(BlockWriterTests.alphabet.count))] }.joined()
        }

        mutating func key() -> String {
            switch random.next() % 20 {
            case 0: return String(repeating: "k", count: 120 + Int(random.next() % 20))
            case 1, 2, 3: return string(maxParts: 4)
            default: return ["apiVersion", "kind", "name", "spec", "rules", "value", "on", "a b"][Int(random.next() % 8)]
            }
        }

        mutating func value(depth: Int) -> YAMLValue {
            switch random.next() % (depth > 3 ? 6 : 9) {
            case 0: return .null
            case 1: return .bool(random.next() % 2 == 0)
            case 2: return .int(Int(truncatingIfNeeded: random.next()) % 100_000)
            case 3: return .float([0.5, 1, -0.0, 1e20, .infinity, .nan][Int(random.next() % 6)])
            case 4, 5: return .string(string(maxParts: 6))
            case 6: return .sequence((0..<Int(random.next() % 4)).map { _ in value(depth: depth + 1) })
            default: return .mapping((0..<Int(random.next() % 4)).map { _ in YAMLValue.Entry(key(), value(depth: depth + 1)) })
            }
        }
    }

    @Test("random documents are written byte for byte as libyaml writes them")
    func randomDocuments() throws {
        var generator = Generator(random: SeededRandom(state: 42))
        for _ in 0..<20_000 {
            let value = generator.value(depth: 0)
            let expected = try YAMLEmitter.emitWithLibYAML(value)
            let written = YAMLEmitter.emit(value)
            #expect(written == expected, "\(value)")
            if written != expected { return }
        }
    }

    @Test("several documents append to one buffer")
    func appending() throws {
        var output: [UInt8] = Array("# first\n".utf8)
        YAMLEmitter.emit(.mapping([.init("a", .int(1))]), into: &output)
        YAMLEmitter.emit(.mapping([.init(String(repeating: "k", count: 130), .int(2))]), into: &output)
        let long = String(repeating: "k", count: 130)
        #expect(String(decoding: output, as: UTF8.self) == "# first\na: 1\n? \(long)\n: 2\n")
    }

    @Test("layouts of nested collections")
    func layouts() throws {
        let value = YAMLValue.sequence([
            .sequence([.string("a"), .sequence([.string("b")])]),
            .mapping([.init("k", .sequence([.mapping([.init("x", .mapping([]))]), .sequence([])]))]),
            .string("line one\nline two\n"),
            .mapping([.init("text", .string(" leading\n\ntrailing\n\n"))]),
        ])
        #expect(YAMLEmitter.emit(value) == """
            - - a
              - - b
            - k:
              - x: {}
              - []
            - |
              line one
              line two
            - text: |2+
                 leading

                trailing


            """)
        #expect(YAMLEmitter.emit(value) == (try YAMLEmitter.emitWithLibYAML(value)))
    }
}

/// A small seeded generator (SplitMix64), so failures are repeatable.
struct SeededRandom {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
