internal import CLibYAML

/// The text and libyaml style used to write one scalar value.
struct ScalarPresentation {
    let text: String
    let style: yaml_scalar_style_t

    /// A typed (non-string) scalar, always plain.
    static func typed(_ text: String) -> ScalarPresentation {
        ScalarPresentation(text: text, style: YAML_PLAIN_SCALAR_STYLE)
    }

    /// A string: plain when that keeps it a string and libyaml can write it plain, literal
    /// for multi-line text a block scalar reproduces exactly, double-quoted otherwise.
    /// libyaml itself falls back from literal to double-quoted where a block scalar is not
    /// allowed (trailing spaces on a line, non-printable characters, keys).
    static func string(_ text: String) -> ScalarPresentation {
        if ScalarQuoting.needsQuoting(text) {
            return ScalarPresentation(text: text, style: YAML_DOUBLE_QUOTED_SCALAR_STYLE)
        }
        if text.unicodeScalars.contains(where: PlainScalarRules.isLineBreak) {
            let onlyLineFeeds = !text.unicodeScalars.contains { $0 != "\n" && PlainScalarRules.isLineBreak($0) }
            return ScalarPresentation(
                text: text, style: onlyLineFeeds ? YAML_LITERAL_SCALAR_STYLE : YAML_DOUBLE_QUOTED_SCALAR_STYLE)
        }
        let plain = PlainScalarRules.allowsBlockPlain(text)
        return ScalarPresentation(text: text, style: plain ? YAML_PLAIN_SCALAR_STYLE : YAML_DOUBLE_QUOTED_SCALAR_STYLE)
    }

    /// A mapping key: like ``string(_:)``, but multi-line keys are double-quoted, since a
    /// block scalar cannot be a key.
    static func key(_ text: String) -> ScalarPresentation {
        if text.unicodeScalars.contains(where: PlainScalarRules.isLineBreak) {
            return ScalarPresentation(text: text, style: YAML_DOUBLE_QUOTED_SCALAR_STYLE)
        }
        return string(text)
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
