/// How Kubernetes (sigs.k8s.io/yaml on go-yaml v2, YAML 1.1 rules) types a scalar.
///
/// Quoted and block scalars, and scalars tagged `!!str` or `!`, are strings. Plain scalars are:
/// - null: `~`, `null`, `Null`, `NULL` and the empty scalar;
/// - bool: `y Y yes Yes YES n N no No NO true True TRUE false False FALSE on On ON off Off OFF`;
/// - int: decimal with optional sign, `0x` hex, `0o` or leading-`0` octal, `0b` binary,
///   underscores ignored;
/// - float: decimal with `.` or an exponent, `.inf`/`.Inf`/`.INF` with optional sign,
///   `.nan`/`.NaN`/`.NAN`;
/// - a string otherwise (timestamps and sexagesimal numbers included, as go-yaml keeps them).
///
/// Explicit `!!null`, `!!bool`, `!!int`, `!!float` and `!!str` tags are honoured whatever the
/// style; an `!!int` value also reads as a `!!float`. A tagged value that does not fit its
/// tag (go-yaml rejects those) resolves to its text as a string. Unsigned integers above
/// `Int.max` (go-yaml's `uint64`) resolve to the nearest float.
public enum ResolvedScalar: Sendable, Hashable {
    /// The null value.
    case null
    /// A boolean.
    case bool(Bool)
    /// A signed 64-bit integer.
    case int(Int)
    /// A double-precision float (including infinities and NaN).
    case float(Double)
    /// A string.
    case string(String)

    /// Resolves a scalar's text, given its style and optional explicit (expanded) tag.
    public init(text: String, style: ScalarStyle, tag: String?) {
        guard let tag else {
            self = style == .plain ? KubernetesScalarResolution.resolvePlain(text) : .string(text)
            return
        }
        let plainReading = KubernetesScalarResolution.resolvePlain(text)
        switch (tag, plainReading) {
        case (YAMLTag.null, .null), (YAMLTag.bool, .bool), (YAMLTag.int, .int), (YAMLTag.float, .float):
            self = plainReading
        case (YAMLTag.float, .int(let integer)):
            self = .float(Double(integer))
        default:
            self = .string(text)
        }
    }
}

/// The expanded forms of the core tags the resolver honours.
enum YAMLTag {
    static let null = "tag:yaml.org,2002:null"
    static let bool = "tag:yaml.org,2002:bool"
    static let int = "tag:yaml.org,2002:int"
    static let float = "tag:yaml.org,2002:float"
    static let string = "tag:yaml.org,2002:str"
}
