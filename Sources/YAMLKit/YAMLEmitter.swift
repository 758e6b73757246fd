/// Writes ``YAMLValue``s as block YAML, exactly as libyaml's emitter writes them.
public enum YAMLEmitter {
    /// One document as block YAML, in kubectl's style: 2-space indentation, sequences inside
    /// a mapping not indented (`key:\n- a`), no line wrapping, Unicode written as is, LF line
    /// ends, no `---` before and no `...` after, ending with a line break.
    ///
    /// Keys and values keep their order. Strings are plain when libyaml can write them plain
    /// and ``ScalarQuoting/needsQuoting(_:)`` is false, otherwise double-quoted; multi-line
    /// strings use literal style (`|`) when a block scalar can hold them exactly. Null, bools,
    /// ints and floats are plain (`null`, `true`, `80`, `1.0`; floats always re-read as floats).
    /// Empty mappings and sequences are written `{}` and `[]`.
    public static func emit(_ value: YAMLValue) throws -> String {
        var output: [UInt8] = []
        try emit(value, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends one document, written as ``emit(_:)`` describes, to `output`.
    ///
    /// The bytes are written directly (``BlockWriter``), which is many times faster than
    /// driving libyaml's emitter event by event; the rare document with a key libyaml writes
    /// in the explicit `? key` form goes through libyaml itself.
    public static func emit(_ value: YAMLValue, into output: inout [UInt8]) throws {
        var writer = BlockWriter(appendingTo: &output)
        do {
            try writer.writeDocument(value)
            output = writer.takeOutput()
        } catch {
            output = writer.takeOutput()
            output += try emitWithLibYAML(value).utf8
        }
    }

    /// The document written by libyaml's emitter: the reference ``BlockWriter`` matches.
    static func emitWithLibYAML(_ value: YAMLValue) throws -> String {
        let session = try EmitterSession()
        try session.emitDocument(value)
        return session.documentText()
    }
}
