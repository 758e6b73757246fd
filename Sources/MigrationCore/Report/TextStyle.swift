/// When text output is coloured (`--color`).
public enum ColorMode: String, Sendable, CaseIterable {
    /// Colour when the stream is a terminal and `NO_COLOR` is unset or empty.
    case auto
    /// Always colour, even when `NO_COLOR` is set (an explicit flag wins over the environment).
    case always
    /// Never colour.
    case never

    /// Whether to colour a stream. `isTerminal` says whether the stream is a terminal;
    /// `environment` is the process environment (`NO_COLOR`, and `TERM=dumb`, which cannot show
    /// colour, turn `auto` off).
    public func colors(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isTerminal
        }
    }
}

/// ANSI styling for text reports; the plain style adds nothing, so plain output is byte for
/// byte the text a CI log or a file gets.
public struct TextStyle: Sendable {
    /// Whether escape sequences are written.
    public var colored: Bool

    /// No escape sequences.
    public static let plain = TextStyle(colored: false)

    /// Creates a style.
    public init(colored: Bool) {
        self.colored = colored
    }

    func wrap(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// A severity word in its colour: error red, warning yellow, info cyan, all bold.
    public func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: wrap(severity.rawValue, "1;31")
        case .warning: wrap(severity.rawValue, "1;33")
        case .info: wrap(severity.rawValue, "1;36")
        }
    }

    /// Bold text (locations, headings).
    public func bold(_ text: String) -> String { wrap(text, "1") }

    /// Dim text (hints, secondary details).
    public func dim(_ text: String) -> String { wrap(text, "2") }

    /// Green for success, red for failure.
    public func verdict(_ text: String, failed: Bool) -> String { wrap(text, failed ? "1;31" : "1;32") }
}
