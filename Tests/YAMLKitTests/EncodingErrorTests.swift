import Testing
import YAMLKit

@Suite("Encoding errors")
struct EncodingErrorTests {
    private func error(in bytes: [UInt8]) -> YAMLError? {
        yamlError { _ = try YAMLParser.parseAll(bytes) }
    }

    @Test("invalid UTF-8 is reported at its line and column")
    func invalidUTF8() {
        let bytes = Array("a: 1\nb: x".utf8) + [0xFF] + Array("y\n".utf8)
        #expect(error(in: bytes) == YAMLError(
            message: "invalid UTF-8 in input", mark: Mark(line: 2, column: 5), kind: .encoding))
    }

    @Test("columns before the bad byte count characters, not bytes")
    func invalidUTF8AfterMultibyteText() {
        let bytes = Array("名前: 値\nkey: é".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let found = error(in: bytes)
        #expect(found?.kind == .encoding)
        #expect(found?.mark == Mark(line: 2, column: 7))
    }

    @Test("a truncated sequence at the end of input is invalid UTF-8")
    func truncatedSequence() {
        let found = error(in: Array("a: b\nc: d".utf8) + [0xE2, 0x82])
        #expect(found?.kind == .encoding)
        #expect(found?.mark == Mark(line: 2, column: 5))
    }

    @Test("a NUL byte is a control character error")
    func nulByte() {
        let bytes = Array("a: 1\nbé: x".utf8) + [0] + Array("y\n".utf8)
        #expect(error(in: bytes) == YAMLError(
            message: "control characters (such as NUL) are not allowed", mark: Mark(line: 2, column: 6), kind: .encoding))
    }

    @Test("other control characters are refused too", arguments: [UInt8(0x01), 0x07, 0x1B, 0x7F])
    func controlCharacters(byte: UInt8) {
        let found = error(in: Array("k: v\r\nx: ".utf8) + [byte])
        #expect(found?.kind == .encoding)
        #expect(found?.mark == Mark(line: 2, column: 4))
    }

    @Test("a byte order mark takes no column")
    func byteOrderMarkIsNotAColumn() {
        let found = error(in: [0xEF, 0xBB, 0xBF] + Array("ab".utf8) + [0])
        #expect(found?.mark == Mark(line: 1, column: 3))
    }
}
