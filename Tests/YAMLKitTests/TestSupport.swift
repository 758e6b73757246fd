import YAMLKit

/// Parses every document of `text`.
func parseDocuments(_ text: String, limits: ParseLimits = .default) throws -> [Document] {
    try YAMLParser.parseAll(Array(text.utf8), limits: limits)
}

/// Parses a single-document `text` and returns its root node.
func parseRoot(_ text: String) throws -> Node? {
    try parseDocuments(text).first?.root
}

/// The error `body` throws, as a `YAMLError`, or nil when it throws none.
func yamlError(_ body: () throws -> Void) -> YAMLError? {
    do {
        try body()
        return nil
    } catch let error as YAMLError {
        return error
    } catch {
        return YAMLError(message: "unexpected error type: \(error)", kind: .syntax)
    }
}
