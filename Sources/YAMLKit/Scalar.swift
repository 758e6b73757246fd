internal import CLibYAML

/// The way a scalar was written in the source.
public enum ScalarStyle: Sendable, Hashable {
    /// Unquoted, e.g. `value`.
    case plain
    /// Single-quoted, e.g. `'value'`.
    case singleQuoted
    /// Double-quoted, e.g. `"value"`.
    case doubleQuoted
    /// A literal block scalar introduced by `|`.
    case literal
    /// A folded block scalar introduced by `>`.
    case folded

    /// Maps libyaml's scalar style; unknown styles count as plain.
    init(_ style: yaml_scalar_style_t) {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: self = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: self = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: self = .literal
        case YAML_FOLDED_SCALAR_STYLE: self = .folded
        default: self = .plain
        }
    }
}

/// A scalar's text, after YAML unescaping and folding, and the style it was written in.
public struct Scalar: Sendable, Hashable {
    /// The scalar's value as text.
    public var text: String
    /// How the scalar was written.
    public var style: ScalarStyle

    /// Creates a scalar from its text and style.
    public init(text: String, style: ScalarStyle) {
        self.text = text
        self.style = style
    }
}
