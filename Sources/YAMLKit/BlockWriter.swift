/// Writes a ``YAMLValue`` as block YAML straight into a byte buffer, byte for byte as
/// libyaml's emitter writes it with the settings of ``EmitterSession`` (2-space indentation,
/// no line wrapping, Unicode as is, LF line ends, implicit document start and end).
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
struct BlockWriter {
    /// The longest key libyaml writes as a simple key, in bytes.
    static let simpleKeyLimit = 128

    private var output: [UInt8]
    private var column = 0
    private var indent = -1
    private var whitespace = true
    private var indention = true
    private var indents: [Int] = []

    /// Where a node is written, as libyaml's emitter distinguishes it.
    private enum Context {
        case root, sequenceItem, mappingValue
    }

    /// A writer that appends to `output`, which it takes over: the caller hands it in and gets
    /// it back from ``takeOutput()``, so the bytes are never copied.
    init(appendingTo output: inout [UInt8]) {
        self.output = output
        output = []
        indents.reserveCapacity(16)
    }

    /// The output, handed back to the caller.
    mutating func takeOutput() -> [UInt8] {
        let result = output
        output = []
        return result
    }

    /// Writes one document and the line break that ends it.
    mutating func writeDocument(_ value: YAMLValue) {
        column = 0
        indent = -1
        whitespace = true
        indention = true
        writeNode(value, context: .root)
        writeIndent()
    }

    private mutating func writeNode(_ value: YAMLValue, context: Context) {
        switch value {
        case .null: writeScalar(.typed("null"))
        case .bool(let flag): writeScalar(.typed(flag ? "true" : "false"))
        case .int(let number): writeScalar(.typed(String(number)))
        case .float(let number): writeScalar(.float(number))
        case .string(let text): writeScalar(ScalarPresentation.string(text))
        case .sequence(let items):
            guard !items.isEmpty else { return writeEmptyCollection("[", "]") }
            pushIndent(flow: false, indentless: context == .mappingValue && !indention)
            for item in items {
                writeIndent()
                writeIndicator(UInt8(ascii: "-"), needWhitespace: true, isWhitespace: false, isIndention: true)
                writeNode(item, context: .sequenceItem)
            }
            popIndent()
        case .mapping(let entries):
            guard !entries.isEmpty else { return writeEmptyCollection("{", "}") }
            pushIndent(flow: false, indentless: false)
            for entry in entries {
                writeIndent()
                let key = ScalarPresentation.key(entry.key)
                if key.isSimpleKey {
                    writeScalar(key)
                    writeIndicator(UInt8(ascii: ":"), needWhitespace: false, isWhitespace: false, isIndention: false)
                } else {
                    writeIndicator(UInt8(ascii: "?"), needWhitespace: true, isWhitespace: false, isIndention: true)
                    writeScalar(key)
                    writeIndent()
                    writeIndicator(UInt8(ascii: ":"), needWhitespace: true, isWhitespace: false, isIndention: true)
                }
                writeNode(entry.value, context: .mappingValue)
            }
            popIndent()
        }
    }

    private mutating func writeScalar(_ scalar: ScalarPresentation) {
        pushIndent(flow: true, indentless: false)
        switch scalar.kind {
        case .plain: writePlain(scalar.text)
        case .doubleQuoted: writeDoubleQuoted(scalar.text)
        case .literal: writeLiteral(scalar.text)
        }
        popIndent()
    }

    private mutating func writeEmptyCollection(_ open: Unicode.Scalar, _ close: Unicode.Scalar) {
        writeIndicator(UInt8(ascii: open), needWhitespace: true, isWhitespace: true, isIndention: false)
        writeIndicator(UInt8(ascii: close), needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    // MARK: Layout primitives, as libyaml's emitter defines them.

    private mutating func pushIndent(flow: Bool, indentless: Bool) {
        indents.append(indent)
        if indent < 0 {
            indent = flow ? 2 : 0
        } else if !indentless {
            indent += 2
        }
    }

    private mutating func popIndent() {
        indent = indents.removeLast()
    }

    /// Moves to a fresh line at the current indentation, unless the line so far holds only
    /// indentation that reaches it.
    private mutating func writeIndent() {
        let target = max(indent, 0)
        if !indention || column > target || (column == target && !whitespace) {
            output.append(ASCII.lineFeed)
            column = 0
        }
        while column < target {
            output.append(ASCII.space)
            column += 1
        }
        whitespace = true
        indention = true
    }

    private mutating func writeIndicator(_ indicator: UInt8, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool) {
        if needWhitespace && !whitespace {
            output.append(ASCII.space)
            column += 1
        }
        output.append(indicator)
        column += 1
        whitespace = isWhitespace
        indention = indention && isIndention
    }

    private mutating func writePlain(_ text: String) {
        if !whitespace && !text.isEmpty {
            output.append(ASCII.space)
            column += 1
        }
        appendText(text)
        whitespace = false
        indention = false
    }

    private mutating func writeDoubleQuoted(_ text: String) {
        writeIndicator(UInt8(ascii: "\""), needWhitespace: true, isWhitespace: false, isIndention: false)
        column += DoubleQuotedEscaping.append(text, to: &output)
        writeIndicator(UInt8(ascii: "\""), needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    /// A literal block scalar (`|`), which ``ScalarPresentation`` only chooses for text whose
    /// line breaks are all line feeds: the header, then each line at the scalar's indentation.
    private mutating func writeLiteral(_ text: String) {
        writeIndicator(UInt8(ascii: "|"), needWhitespace: true, isWhitespace: false, isIndention: false)
        let bytes = Array(text.utf8)
        if let first = bytes.first, first == ASCII.space || first == ASCII.lineFeed {
            writeIndicator(UInt8(ascii: "2"), needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        if let chomping = Self.chompingIndicator(bytes) {
            writeIndicator(chomping, needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        output.append(ASCII.lineFeed)
        column = 0
        indention = true
        whitespace = true
        var atLineStart = true
        var lineStart = 0
        for index in bytes.indices where bytes[index] == ASCII.lineFeed || index == bytes.count - 1 {
            let end = bytes[index] == ASCII.lineFeed ? index : index + 1
            if end > lineStart {
                if atLineStart { writeIndent() }
                output.append(contentsOf: bytes[lineStart..<end])
                column += end - lineStart
                indention = false
            }
            if bytes[index] == ASCII.lineFeed {
                output.append(ASCII.lineFeed)
                column = 0
                indention = true
                atLineStart = true
            } else {
                atLineStart = false
            }
            lineStart = index + 1
        }
    }

    /// `-` when the text does not end with a line break, `+` when it ends with more than one
    /// (or is a single line break), nothing when it ends with exactly one.
    private static func chompingIndicator(_ bytes: [UInt8]) -> UInt8? {
        guard let last = bytes.last, last == ASCII.lineFeed else { return UInt8(ascii: "-") }
        if bytes.count == 1 || bytes[bytes.count - 2] == ASCII.lineFeed { return UInt8(ascii: "+") }
        return nil
    }

    private mutating func appendText(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            output.append(contentsOf: bytes)
            column += bytes.count
        }
    }
}
