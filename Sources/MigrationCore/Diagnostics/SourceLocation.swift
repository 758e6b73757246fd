import YAMLKit

/// A position in one input file: the file as the user named it, and a 1-based line and column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The path as given on the command line (or `<stdin>` for standard input).
    public var file: String
    /// Line and column, kept as the parser's compact ``Mark``: nearly every field read carries
    /// a location, and the smaller footprint matters on large inputs.
    private var position: Mark

    /// 1-based line (values beyond 32 bits are clamped).
    public var line: Int {
        get { position.line }
        set { position.line = newValue }
    }

    /// 1-based column, counted in characters (values beyond 32 bits are clamped).
    public var column: Int {
        get { position.column }
        set { position.column = newValue }
    }

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.position = Mark(line: line, column: column)
    }

    /// `file:line:column`, the form editors and CI systems parse.
    public var description: String {
        var bytes: [UInt8] = []
        appendDescription(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``description`` as UTF-8, without building a string (the YAML output writes it
    /// above every document).
    func appendDescription(to output: inout [UInt8]) {
        output += file.utf8
        output.append(UInt8(ascii: ":"))
        output += String(line).utf8
        output.append(UInt8(ascii: ":"))
        output += String(column).utf8
    }

    /// Orders by file, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.file != rhs.file ? lhs.file < rhs.file : lhs.position < rhs.position
    }
}

/// A value together with where it was read.
public struct Located<Value: Sendable>: Sendable {
    /// The value.
    public var value: Value
    /// Where the value starts in the input.
    public var location: SourceLocation

    /// Pairs a value with its location.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
