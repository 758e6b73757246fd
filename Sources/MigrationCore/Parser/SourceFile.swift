/// One input file's bytes and the name findings use for it.
public struct SourceFile: Sendable {
    /// The path as the user gave it (a file inside a given folder is that folder joined with its
    /// relative path), or `<stdin>`.
    public var path: String
    /// The file's contents.
    public var bytes: [UInt8]

    /// Creates a source file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Input that cannot be read or parsed: the command stops with exit code 2 and writes nothing.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is; nil when it is about a path as a whole and has no line.
    public var location: SourceLocation?
    /// The file or path the problem is about.
    public var path: String
    /// What is wrong. Never contains input values.
    public var message: String

    /// Creates an input error.
    public init(path: String, location: SourceLocation? = nil, message: String) {
        self.path = path
        self.location = location
        self.message = message
    }

    /// `file:line:column: error: message`, or `path: error: message`.
    public var description: String {
        if let location { return "\(location): error: \(message)" }
        return "\(path): error: \(message)"
    }
}
