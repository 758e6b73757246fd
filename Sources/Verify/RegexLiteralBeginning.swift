import Foundation

/// The plain text every match of a regular expression, anchored at the start of the value,
/// must begin with: what lets the engines try a pattern only on the requests whose path begins
/// with that text, instead of trying every pattern of a host on every request.
///
/// It is taken only where it is certain, and is otherwise shorter (possibly empty):
/// - from the characters `A-Z a-z 0-9 / - _ ~ %` and the characters outside ASCII (other than
///   spaces) at the start, without the last one when a quantifier follows it (`/ab?` must
///   begin with `/a`, `/é+` with `/`);
/// - through a group that holds no alternative of its own and is not repeated or made
///   optional: `(/p12)/.*` and `(?:/api)/v1` begin with `/p12/` and `/api/v1`, but
///   `(/a|/b)/x`, `(/a)?/x` and `(/a)+/x` begin with nothing certain at the group;
/// - only from patterns whose structure is simple enough to see that no alternative (`|`
///   outside any group) escapes it: no inline options or comments (`(?` other than `(?:`), no
///   quoting (`\Q`), no nested character classes, balanced parentheses. Other patterns have
///   no literal beginning (nil).
///
/// The text keeps its case; tables file it, and look requests up, by its ``key(_:ignoringCase:)``.
/// A pattern that starts with `(?i)` (as the translation writes regex-mode paths, which
/// ingress-nginx matched ignoring case) is read without it, and said to ignore case.
enum RegexLiteralBeginning {
    /// The literal beginning of `pattern`, or nil when its structure is not simple enough to
    /// be sure.
    static func of(_ pattern: String) -> String? {
        guard hasSimpleStructure(pattern) else { return nil }
        let characters = Array(pattern)
        return String(literalRun(characters, from: 0, to: characters.count).characters)
    }

    /// The literal beginning of `pattern` and whether the pattern ignores case: true when it
    /// starts with `(?i)`, whose beginning is then that of the rest. Nil as for ``of(_:)``.
    static func withCase(of pattern: String) -> (beginning: String, ignoresCase: Bool)? {
        if pattern.hasPrefix("(?i)") {
            return of(String(pattern.dropFirst(4))).map { ($0, true) }
        }
        return of(pattern).map { ($0, false) }
    }

    /// The bytes a literal beginning is filed under, and a request path looked up by: each
    /// character in lower case when `ignoringCase`, in canonically decomposed form (NFD).
    ///
    /// The engines match with Swift regular expressions, which compare characters (grapheme
    /// clusters) up to canonical equivalence (`é` written as one scalar matches `e` followed by
    /// a combining accent) and, ignoring case, compare their lower-case forms (`K` matches the
    /// Kelvin sign, `ß` matches `ẞ`, but `ſ` does not match `s`). Two characters that match so
    /// have the same key, so a path a pattern matches has a key that begins with the key of
    /// the pattern's literal beginning. ASCII text is its own bytes (ASCII letters lower-cased).
    static func key(_ text: some StringProtocol, ignoringCase: Bool) -> [UInt8] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return ignoringCase ? lowercased(Array(text.utf8)) : Array(text.utf8)
        }
        var bytes: [UInt8] = []
        for character in text {
            let form = ignoringCase ? character.lowercased() : String(character)
            bytes += form.decomposedStringWithCanonicalMapping.utf8
        }
        return bytes
    }

    /// `bytes` with ASCII letters in lower case.
    static func lowercased(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }

    /// The literal characters of `characters[start..<end]` from `start`, with where they stop,
    /// entering groups without alternatives that are neither optional nor repeated.
    /// `truncated` is true when something other than the end of the range stopped them.
    private static func literalRun(_ characters: [Character], from start: Int, to end: Int) -> (characters: [Character], end: Int, truncated: Bool) {
        var literal: [Character] = []
        var index = start
        while index < end {
            let character = characters[index]
            if isLiteral(character) {
                literal.append(character)
                index += 1
                continue
            }
            if "*?{+".contains(character) {
                if !literal.isEmpty { literal.removeLast() }
                return (literal, index, true)
            }
            guard character == "(", let group = plainGroup(characters, at: index, end: end) else { return (literal, index, true) }
            let inner = literalRun(characters, from: group.contentStart, to: group.close)
            literal += inner.characters
            guard !inner.truncated else { return (literal, index, true) }
            index = group.close + 1
        }
        return (literal, index, false)
    }

    /// The group opening at `open` (a `(` or `(?:`) when it has no `|` of its own and no
    /// quantifier follows its `)`: where its content starts and its `)` is.
    private static func plainGroup(_ characters: [Character], at open: Int, end: Int) -> (contentStart: Int, close: Int)? {
        var contentStart = open + 1
        if contentStart + 1 < end, characters[contentStart] == "?", characters[contentStart + 1] == ":" { contentStart += 2 }
        var depth = 1
        var inClass = false
        var index = contentStart
        while index < end {
            let character = characters[index]
            index += 1
            if character == "\\" {
                index += 1
                continue
            }
            if inClass {
                if character == "]" { inClass = false }
                continue
            }
            switch character {
            case "[": inClass = true
            case "(": depth += 1
            case "|" where depth == 1: return nil
            case ")":
                depth -= 1
                guard depth == 0 else { continue }
                let close = index - 1
                if close + 1 < end, "*?{+".contains(characters[close + 1]) { return nil }
                return (contentStart, close)
            default: break
            }
        }
        return nil
    }

    /// Whether a character stands for itself in a pattern: an ASCII letter, digit or one of
    /// `/-_~%`, possibly followed by combining marks (one character, like `é` written as `e`
    /// and an accent), or a character outside ASCII that is not a space.
    private static func isLiteral(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        let first = scalars.first!
        guard scalars.dropFirst().allSatisfy({ !$0.isASCII }) else { return false }
        guard first.isASCII else { return !character.isWhitespace }
        let plain = Character(first)
        return plain.isLetter || plain.isNumber || (scalars.count == 1 && "/-_~%".contains(plain))
    }

    /// Whether every `|` of the pattern is inside a group and nothing hides where groups
    /// begin and end: no `(?` other than `(?:`, no `(*`, no `\Q`, no class inside a class,
    /// and balanced parentheses.
    static func hasSimpleStructure(_ pattern: String) -> Bool {
        var depth = 0
        var inClass = false
        var characters = pattern[...]
        while let character = characters.popFirst() {
            if character == "\\" {
                guard let escaped = characters.popFirst(), escaped != "Q" else { return false }
                continue
            }
            if inClass {
                if character == "[" { return false }
                if character == "]" { inClass = false }
                continue
            }
            switch character {
            case "[": inClass = true
            case "(":
                if characters.first == "*" { return false }
                if characters.first == "?" {
                    guard characters.dropFirst().first == ":" else { return false }
                }
                depth += 1
            case ")":
                depth -= 1
                if depth < 0 { return false }
            case "|":
                if depth == 0 { return false }
            default: break
            }
        }
        return depth == 0 && !inClass
    }
}

/// Values filed by a literal beginning (``RegexLiteralBeginning``), found by the beginnings of
/// a request path: a request looks up its own first bytes once for each length a beginning has.
struct LiteralBeginningTable<Value: Sendable>: Sendable {
    private var byBeginning: [[UInt8]: [Value]] = [:]
    /// The lengths of the beginnings, in increasing order.
    private var lengths: [Int] = []

    /// Files `value` under `beginning`.
    mutating func add(_ value: Value, beginning: [UInt8]) {
        if byBeginning[beginning] == nil, !lengths.contains(beginning.count) {
            lengths.append(beginning.count)
            lengths.sort()
        }
        byBeginning[beginning, default: []].append(value)
    }

    /// The values filed under a beginning of `path`, shortest beginnings first, each
    /// beginning's values in the order they were filed.
    func values(beginning path: [UInt8]) -> [Value] {
        var found: [Value] = []
        for length in lengths {
            guard length <= path.count else { break }
            found += byBeginning[Array(path[..<length])] ?? []
        }
        return found
    }

    /// Every value filed.
    var all: [Value] { Array(byBeginning.values.joined()) }
}
