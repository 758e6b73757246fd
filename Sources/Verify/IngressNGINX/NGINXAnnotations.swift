import MigrationCore

/// The `nginx.ingress.kubernetes.io/` annotations of one Ingress, read as the controller's
/// annotation parsers read them: booleans with Go's `strconv.ParseBool`, integers with
/// `strconv.Atoi`, strings with every line trimmed (an empty value counts as absent). A value the
/// controller cannot read is treated as absent, so the default applies.
struct NGINXAnnotations {
    static let prefix = "nginx.ingress.kubernetes.io/"

    let ingress: Ingress

    init(_ ingress: Ingress) { self.ingress = ingress }

    /// The annotation `nginx.ingress.kubernetes.io/<key>`.
    func annotation(_ key: String) -> Annotation? {
        ingress.meta.annotation(Self.prefix + key)
    }

    /// A non-empty value, each line trimmed of spaces.
    func string(_ key: String) -> String? {
        guard let raw = annotation(key)?.value else { return nil }
        let value = raw.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmed }.joined(separator: "\n")
        return value.isEmpty ? nil : value
    }

    /// A boolean; nil when absent or unreadable.
    func bool(_ key: String) -> Bool? {
        annotation(key).flatMap { Self.parseBool($0.value) }
    }

    /// An integer; nil when absent or unreadable.
    func int(_ key: String) -> Int? {
        annotation(key).flatMap { Int($0.value) }
    }

    /// Where the annotation's key and value are written, for linking findings.
    func locations(_ key: String) -> [SourceLocation] {
        annotation(key).map { [$0.location, $0.valueLocation] } ?? []
    }

    /// Go's `strconv.ParseBool`.
    static func parseBool(_ text: String) -> Bool? {
        switch text {
        case "1", "t", "T", "TRUE", "true", "True": true
        case "0", "f", "F", "FALSE", "false", "False": false
        default: nil
        }
    }
}
