/// The regular expression dialect the Gateway API engine implements for `RegularExpression`
/// path, header and query parameter matches.
///
/// The specification leaves the dialect to implementations; the engine follows RE2 (the
/// dialect of Envoy-based implementations):
/// - a pattern must match the **whole** value (path without query, header value, parameter
///   value), case-sensitively, as RE2's full match does;
/// - the syntax is what Swift's regular expressions accept, minus what RE2 does not have:
///   backreferences (`\1`, `\k<name>`), lookahead and lookbehind (`(?=`, `(?!`, `(?<=`,
///   `(?<!`), atomic groups (`(?>`), possessive quantifiers (`*+`, `++`, `?+`, `}+`),
///   conditionals and recursion. A pattern that uses them, or that does not compile, matches
///   nothing (an implementation rejects such a route).
public enum RegularExpressionDialect {
    /// Whether `pattern` fully matches `value`; false for a pattern outside the dialect.
    public static func fullMatch(_ pattern: String, _ value: String) -> Bool {
        guard let regex = CompiledRegexes.shared.gatewayRegex(pattern) else { return false }
        return (try? regex.wholeMatch(in: value)) != nil
    }

    /// Whether the pattern stays within RE2's syntax.
    public static func isSupported(_ pattern: String) -> Bool {
        let forbidden = ["(?=", "(?!", "(?<=", "(?<!", "(?>", "(?(", "(?R", "(?P=", "\\k<", "\\g"]
        if forbidden.contains(where: { pattern.contains($0) }) { return false }
        let characters = Array(pattern)
        var index = 0
        var inClass = false
        while index < characters.count {
            let character = characters[index]
            if character == "\\" {
                if !inClass, index + 1 < characters.count, let digit = characters[index + 1].wholeNumberValue, digit > 0 { return false }
                index += 2
                continue
            }
            if character == "[" { inClass = true }
            if character == "]" { inClass = false }
            if !inClass, "*+?}".contains(character), index + 1 < characters.count, characters[index + 1] == "+" { return false }
            index += 1
        }
        return true
    }
}
