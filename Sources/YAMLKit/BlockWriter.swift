/// Writes a value recorded on a ``YAMLTape`` as block YAML straight into a byte buffer, byte for
/// byte as libyaml's emitter writes it with the settings of ``EmitterSession`` (2-space
/// indentation, no line wrapping, Unicode as is, LF line ends, implicit document start and end).
///
/// It follows the emitter's layout state exactly — the current indentation, the column,
/// whether the last character written was white space, and whether the line holds only
/// indentation so far — because those decide where line breaks and spaces go:
/// `key: value`, `key:` then a nested mapping on the next line, a sequence inside a mapping not
/// indented (`key:\n- a`), a mapping inside a sequence item on the item's line (`- a: 1`),
/// empty collections as `{}` and `[]`.
///
/// A mapping key that cannot be a simple key (longer than 128 bytes, or holding a line break)
/// is written in the explicit form, `? key` then `: value` on the next line, as libyaml does.
/// Scalar styles are chosen on the strings' UTF-8 bytes (``PrintableASCIIScalarStyle``, else
/// ``ScalarPresentation``'s exact rules), so a string is decoded only when it holds a byte
/// outside printable ASCII.
struct BlockWriter: ~Copyable {
    /// The longest key libyaml writes as a simple key, in bytes.
    static let simpleKeyLimit = 128

    /// The document being written; emptied for the next.
    var output = ByteBuffer(capacity: 4096)
    /// Literal keys known to be written plain, kept from document to document.
    private var plainKeys = LiteralKeyCache()
    /// The column the next byte goes to, counted in characters as libyaml counts it.
    var column = 0
    /// The indentation of the node being written (-1 before the root's).
    var indent = -1
    /// Whether the last character written was white space (or nothing was written yet).
    var whitespace = true
    /// Whether the current line holds only indentation so far.
    var indention = true

    /// Where a node is written, as libyaml's emitter distinguishes it.
    private enum Context {
        case root, sequenceItem, mappingValue
    }

    /// A writer for one document or many, one after another.
    init() {}

    /// Writes the tape's value as one document, and the line break that ends it, and appends
    /// the bytes to `result`.
    mutating func write(_ tape: YAMLTape, appendingTo result: inout [UInt8]) {
        output.removeAll()
        column = 0
        indent = -1
        whitespace = true
        indention = true
        tape.read { reader in writeNode(reader.next(), &reader, context: .root) }
        writeIndent()
        output.copy(to: &result)
    }

    private mutating func writeNode(_ item: YAMLTape.Item, _ reader: inout YAMLTape.Reader, context: Context) {
        switch item {
        case .null: writeTyped("null")
        case .bool(let flag): writeTyped(flag ? "true" : "false")
        case .int(let number): writeTyped(String(number))
        case .float(let number): writeTyped(ScalarPresentation.float(number).text)
        case .string(let bytes): writeString(bytes)
        case .sequence(let count, _):
            guard count > 0 else { return writeEmptyCollection("[", "]") }
            let outer = raiseIndent(flow: false, indentless: context == .mappingValue && !indention)
            for _ in 0..<count {
                writeIndent()
                writeIndicator(UInt8(ascii: "-"), needWhitespace: true, isWhitespace: false, isIndention: true)
                writeNode(reader.next(), &reader, context: .sequenceItem)
            }
            indent = outer
        case .mapping(let count):
            guard count > 0 else { return writeEmptyCollection("{", "}") }
            let outer = raiseIndent(flow: false, indentless: false)
            for _ in 0..<count {
                writeIndent()
                writeKey(reader.nextKeyNotingLiterals())
                writeNode(reader.next(), &reader, context: .mappingValue)
            }
            indent = outer
        }
    }

    /// A key and the `:` after it, in the simple form when libyaml would use it. A literal key
    /// already found to be a plain simple key is written without being judged again.
    private mutating func writeKey(_ key: (bytes: UnsafeBufferPointer<UInt8>, isLiteral: Bool)) {
        let bytes = key.bytes
        if key.isLiteral && plainKeys.isPlainSimpleKey(bytes) {
            writePlain(bytes)
            writeIndicator(UInt8(ascii: ":"), needWhitespace: false, isWhitespace: false, isIndention: false)
            return
        }
        let kind: ScalarPresentation.Kind
        let isSimpleKey: Bool
        if let fast = PrintableASCIIScalarStyle.kind(bytes) {
            kind = fast
            isSimpleKey = bytes.count <= Self.simpleKeyLimit
        } else {
            let presentation = ScalarPresentation.key(String(decoding: bytes, as: UTF8.self))
            kind = presentation.kind
            isSimpleKey = presentation.isSimpleKey
        }
        if key.isLiteral && isSimpleKey && kind == .plain { plainKeys.rememberPlainSimpleKey(bytes) }
        if isSimpleKey {
            writeScalar(bytes, kind)
            writeIndicator(UInt8(ascii: ":"), needWhitespace: false, isWhitespace: false, isIndention: false)
        } else {
            writeIndicator(UInt8(ascii: "?"), needWhitespace: true, isWhitespace: false, isIndention: true)
            writeScalar(bytes, kind)
            writeIndent()
            writeIndicator(UInt8(ascii: ":"), needWhitespace: true, isWhitespace: false, isIndention: true)
        }
    }

    private mutating func writeString(_ bytes: UnsafeBufferPointer<UInt8>) {
        let kind = PrintableASCIIScalarStyle.kind(bytes) ?? ScalarPresentation.exactKind(String(decoding: bytes, as: UTF8.self))
        writeScalar(bytes, kind)
    }

    /// A null, bool, int or float, always plain.
    private mutating func writeTyped(_ text: String) {
        var text = text
        text.withUTF8 { writePlain($0) }
    }

    private mutating func writeScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ kind: ScalarPresentation.Kind) {
        switch kind {
        case .plain: writePlain(bytes)
        case .doubleQuoted: writeDoubleQuoted(bytes)
        case .literal:
            // libyaml raises the indentation for a scalar; only a block scalar's lines use it.
            let outer = raiseIndent(flow: true, indentless: false)
            writeLiteral(bytes)
            indent = outer
        }
    }

    private mutating func writeEmptyCollection(_ open: Unicode.Scalar, _ close: Unicode.Scalar) {
        writeIndicator(UInt8(ascii: open), needWhitespace: true, isWhitespace: true, isIndention: false)
        writeIndicator(UInt8(ascii: close), needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    // MARK: Layout primitives, as libyaml's emitter defines them.

    /// Raises the indentation for a nested node, as libyaml's emitter pushes it; returns the
    /// indentation to restore when the node is written.
    private mutating func raiseIndent(flow: Bool, indentless: Bool) -> Int {
        let outer = indent
        if indent < 0 {
            indent = flow ? 2 : 0
        } else if !indentless {
            indent += 2
        }
        return outer
    }

    /// Moves to a fresh line at the current indentation, unless the line so far holds only
    /// indentation that reaches it.
    mutating func writeIndent() {
        let target = max(indent, 0)
        if !indention || column > target || (column == target && !whitespace) {
            output.append(ASCII.lineFeed)
            column = 0
        }
        if column < target {
            output.append(ASCII.space, repetitions: target - column)
            column = target
        }
        whitespace = true
        indention = true
    }

    mutating func writeIndicator(_ indicator: UInt8, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool) {
        if needWhitespace && !whitespace {
            output.append(ASCII.space)
            column += 1
        }
        output.append(indicator)
        column += 1
        whitespace = isWhitespace
        indention = indention && isIndention
    }
}
