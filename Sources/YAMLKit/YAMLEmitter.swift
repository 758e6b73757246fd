/// Writes ``YAMLValue``s as block YAML with libyaml's emitter.
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
        let session = try EmitterSession()
        try session.emitDocument(value)
        return session.documentText()
    }
}
