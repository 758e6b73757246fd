internal import CLibYAML

/// The text and style used to write one scalar value, chosen once for both writers
/// (``BlockWriter`` and libyaml's emitter in ``EmitterSession``).
struct ScalarPresentation {
    /// How the scalar is written.
    enum Kind {
        case plain
        case doubleQuoted
        case literal
    }

    let text: String
    let kind: Kind

    /// The libyaml style for this presentation.
    var style: yaml_scalar_style_t {
        switch kind {
        case .plain: YAML_PLAIN_SCALAR_STYLE
        case .doubleQuoted: YAML_DOUBLE_QUOTED_SCALAR_STYLE
        case .literal: YAML_LITERAL_SCALAR_STYLE
        }
    }

    /// Whether libyaml writes this scalar as a simple key (`key: value`) rather than in the
    /// explicit `? key` form: at most 128 bytes and no line break.
    var isSimpleKey: Bool {
        text.utf8.count <= BlockWriter.simpleKeyLimit && !text.unicodeScalars.contains(where: PlainScalarRules.isLineBreak)
    }

    /// A typed (non-string) scalar, always plain.
    static func typed(_ text: String) -> ScalarPresentation {
        ScalarPresentation(text: text, kind: .plain)
    }

    /// A string: plain when that keeps it a string and libyaml can write it plain, literal
    /// for multi-line text a block scalar reproduces exactly, double-quoted otherwise.
    /// Where libyaml would not write a block scalar (a space at the end of a line or of the
    /// text, a tab or another non-printable character), the string is double-quoted, as
    /// libyaml itself would fall back to.
    static func string(_ text: String) -> ScalarPresentation {
        let kind = text.withUTF8Bytes(PrintableASCIIScalarStyle.kind) ?? exactKind(text)
        return ScalarPresentation(text: text, kind: kind)
    }

    /// A mapping key: like ``string(_:)``, but multi-line keys are double-quoted, since a
    /// block scalar cannot be a key.
    static func key(_ text: String) -> ScalarPresentation {
        let kind = text.withUTF8Bytes(PrintableASCIIScalarStyle.kind) ?? exactKeyKind(text)
        return ScalarPresentation(text: text, kind: kind)
    }

    /// The style ``string(_:)`` chooses, by the rules on Unicode scalars, for any text.
    static func exactKind(_ text: String) -> Kind {
        if PlainScalarRules.isSafeWord(text) {
            return ScalarQuoting.needsQuoting(text) ? .doubleQuoted : .plain
        }
        if ScalarQuoting.needsQuoting(text) {
            return .doubleQuoted
        }
        if text.unicodeScalars.contains(where: PlainScalarRules.isLineBreak) {
            let onlyLineFeeds = !text.unicodeScalars.contains { $0 != "\n" && PlainScalarRules.isLineBreak($0) }
            return onlyLineFeeds && PlainScalarRules.allowsLiteral(text) ? .literal : .doubleQuoted
        }
        return PlainScalarRules.allowsBlockPlain(text) ? .plain : .doubleQuoted
    }

    /// The style ``key(_:)`` chooses, by the rules on Unicode scalars, for any text.
    static func exactKeyKind(_ text: String) -> Kind {
        if !PlainScalarRules.isSafeWord(text) && text.unicodeScalars.contains(where: PlainScalarRules.isLineBreak) {
            return .doubleQuoted
        }
        return exactKind(text)
    }

    /// A float in a form every YAML reader takes as the same float: Swift's shortest
    /// round-tripping digits, always with a `.` in the mantissa (`1.0`, `1.0e+20`), and
    /// `.inf`, `-.inf`, `.nan` for the special values.
    static func float(_ value: Double) -> ScalarPresentation {
        if value.isNaN { return typed(".nan") }
        if value.isInfinite { return typed(value < 0 ? "-.inf" : ".inf") }
        var text = value.description
        if !text.contains("."), let exponent = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            text.insert(contentsOf: ".0", at: exponent)
        }
        return typed(text)
    }
}
