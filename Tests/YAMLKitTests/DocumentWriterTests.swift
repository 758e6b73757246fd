import Testing
@testable import YAMLKit

/// A writer that writes many documents remembers which literal keys it wrote plain; whatever
/// it remembers, every document must come out exactly as a fresh writer, and libyaml, write it.
@Suite("Document writer")
struct DocumentWriterTests {
    /// Field names as literals, plain ones and ones a reader would mistake or libyaml would not
    /// write plain or as simple keys.
    static let literalKeys: [StaticString] = [
        "name", "kind", "on", "yes", "null", "~", "1", "0x1F", "2001-12-14", "a: b", "x #y", "- a", "", " lead", "trail ",
        "é", "日本", "tab\there", "line\nbreak", "<<", "=", "ok", "apiVersion", "metadata", "spec", "rules", "value",
        "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk",
    ]

    @Test("documents with literal keys are written as with copied keys, however often the keys recur")
    func literalKeys() throws {
        var random = SeededRandom(state: 21)
        var writer = YAMLDocumentWriter()
        for _ in 0..<400 {
            let chosen = (0..<Int(1 + random.next() % 6)).map { _ in Self.literalKeys[Int(random.next() % UInt64(Self.literalKeys.count))] }
            var tape = YAMLTape()
            tape.mapping { mapping in
                for key in chosen {
                    mapping.key(key)
                    mapping.mapping { nested in
                        nested.key(key)
                        nested.int(1)
                    }
                }
            }
            let tree = YAMLValue.mapping(chosen.map { key in
                .init(key.description, .mapping([.init(key.description, .int(1))]))
            })
            var written: [UInt8] = []
            writer.write(tape, into: &written)
            let text = String(decoding: written, as: UTF8.self)
            #expect(text == YAMLEmitter.emit(tree), "\(chosen)")
            #expect(text == (try YAMLEmitter.emitWithLibYAML(tree)), "\(chosen)")
        }
    }
}
