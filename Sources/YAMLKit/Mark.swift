internal import CLibYAML

/// A 1-based position in the input: the line and the column, where the column
/// counts Unicode scalars from the start of the line.
///
/// Marks order by line first, then by column.
public struct Mark: Hashable, Sendable, Comparable, CustomStringConvertible {
    // Stored in 32 bits each: every parsed node carries a mark, and the smaller
    // footprint makes large inputs noticeably faster to parse.
    private var storedLine: UInt32
    private var storedColumn: UInt32

    /// The 1-based line number (kept in 32 bits; values beyond that range are clamped).
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    /// The 1-based column number, counted in Unicode scalars (kept in 32 bits; values
    /// beyond that range are clamped).
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }

    /// Creates a mark from a 1-based line and a 1-based column.
    public init(line: Int, column: Int) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    /// The mark written as `line:column`, for example `3:5`.
    public var description: String { "\(line):\(column)" }

    /// Orders marks by line, then by column.
    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// The start of the input, `1:1`.
    static let start = Mark(line: 1, column: 1)

    /// The single conversion from libyaml's 0-based marks to 1-based marks.
    init(_ libyamlMark: yaml_mark_t) {
        self.init(line: Int(libyamlMark.line) + 1, column: Int(libyamlMark.column) + 1)
    }
}
