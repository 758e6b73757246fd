/// A YAML problem, with the position where it was found.
///
/// The message says what is wrong and never repeats the content of a scalar value,
/// since inputs may hold secrets; mapping key names may appear.
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, in words.
    public var message: String
    /// Where the problem is, when known.
    public var mark: Mark?
    /// Another relevant position, when useful (for a duplicate key: its first occurrence;
    /// for a syntax error: the start of the construct being parsed).
    public var relatedMark: Mark?
    /// The category of the problem.
    public var kind: Kind

    /// Categories of YAML problems.
    public enum Kind: Sendable, Hashable {
        /// Malformed YAML, as reported by the scanner or parser.
        case syntax
        /// The same scalar key appears twice in one mapping.
        case duplicateKey
        /// Alias expansion exceeded ``ParseLimits/maxAliasExpansion``.
        case aliasExpansion
        /// Collections are nested deeper than ``ParseLimits/maxDepth``.
        case depth
        /// The stream holds more than ``ParseLimits/maxDocuments`` documents.
        case documentCount
        /// A scalar is larger than ``ParseLimits/maxScalarBytes``.
        case scalarSize
        /// The input is larger than ``ParseLimits/maxInputBytes``.
        case inputSize
        /// The input is not valid UTF-8 text or holds forbidden characters.
        case encoding
        /// An alias refers to an anchor that is not defined (before it) in the document.
        case undefinedAlias
    }

    /// Creates an error from its message, kind and optional positions.
    public init(message: String, mark: Mark? = nil, relatedMark: Mark? = nil, kind: Kind) {
        self.message = message
        self.mark = mark
        self.relatedMark = relatedMark
        self.kind = kind
    }

    /// The error as `line:column: message`, or just the message when there is no mark.
    public var description: String {
        guard let mark else { return message }
        return "\(mark): \(message)"
    }
}
