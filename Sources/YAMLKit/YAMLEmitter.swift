/// Writes values (``YAMLValue`` trees or ``YAMLTape``s) as block YAML, exactly as libyaml's
/// emitter writes them.
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
    /// A key longer than 128 bytes or holding a line break is written in the explicit form,
    /// `? key` then `: value`. Writing cannot fail.
    public static func emit(_ value: YAMLValue) -> String {
        var output: [UInt8] = []
        emit(value, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends one document, written as ``emit(_:)`` describes, to `output`.
    ///
    /// The bytes are written directly (``BlockWriter``), byte for byte as libyaml's emitter
    /// writes them and many times faster than driving the emitter event by event.
    public static func emit(_ value: YAMLValue, into output: inout [UInt8]) {
        emit(YAMLTape(value), into: &output)
    }

    /// Appends the value recorded on `tape` (which must hold one) as one document, written as
    /// ``emit(_:)`` describes, to `output`: the way generated objects are written, with no tree
    /// built.
    public static func emit(_ tape: YAMLTape, into output: inout [UInt8]) {
        var writer = BlockWriter()
        writer.write(tape, appendingTo: &output)
    }

    /// The document as libyaml's emitter writes it: the reference that ``BlockWriter`` is
    /// tested against.
    static func emitWithLibYAML(_ value: YAMLValue) throws -> String {
        let session = try EmitterSession()
        try session.emitDocument(value)
        return session.documentText()
    }
}

/// Writes many documents as block YAML, one after another, each exactly as
/// ``YAMLEmitter/emit(_:into:)-(YAMLTape,_)`` writes it, reusing its memory and what it found
/// out about the field names of earlier documents (so each literal key is judged once).
public struct YAMLDocumentWriter: ~Copyable {
    private var writer = BlockWriter()

    /// A writer that has written nothing yet.
    public init() {}

    /// Appends the value recorded on `tape` (which must hold one) as one document to `output`.
    public mutating func write(_ tape: YAMLTape, into output: inout [UInt8]) {
        writer.write(tape, appendingTo: &output)
    }
}
