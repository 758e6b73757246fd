/// The plain text every match of a regular expression, anchored at the start of the value,
/// must begin with: what lets the engines try a pattern only on the requests whose path begins
/// with that text, instead of trying every pattern of a host on every request.
///
/// It is taken only where it is certain, and is otherwise shorter (possibly empty):
/// - from the characters `A-Z a-z 0-9 / - _ ~ %` at the start, without the last one when a
///   quantifier follows it (`/ab?` must begin with `/a`);
/// - through a group that holds no alternative of its own and is not repeated or made
///   optional: `(/p12)/.*` and `(?:/api)/v1` begin with `/p12/` and `/api/v1`, but
///   `(/a|/b)/x`, `(/a)?/x` and `(/a)+/x` begin with nothing certain at the group;
/// - only from patterns whose structure is simple enough to see that no alternative (`|`
///   outside any group) escapes it: no inline options or comments (`(?` other than `(?:`), no
///   quoting (`\Q`), no nested character classes, balanced parentheses. Other patterns have
///   no literal beginning (nil).
///
/// The text keeps its case; a case-insensitive engine lower-cases it and the request's path.
/// A pattern that starts with `(?i)` (as the translation writes regex-mode paths, which
/// ingress-nginx matched ignoring case) is read without it, and said to ignore case.
enum RegexLiteralBeginning {
    /// The literal beginning of `pattern`, or nil when its structure is not simple enough to
    /// be sure.
    static func of(_ pattern: String) -> [UInt8]? {
        guard hasSimpleStructure(pattern) else { return nil }
        let characters = Array(pattern)
        return literalRun(characters, from: 0, to: characters.count).bytes
    }

    /// The literal beginning of `pattern` and whether the pattern ignores case: true when it
    /// starts with `(?i)`, whose beginning is then that of the rest. Nil as for ``of(_:)``.
    static func withCase(of pattern: String) -> (beginning: [UInt8], ignoresCase: Bool)? {
        if pattern.hasPrefix("(?i)") {
            return of(String(pattern.dropFirst(4))).map { ($0, true) }
        }
        return of(pattern).map { ($0, false) }
    }

    /// `bytes` with ASCII letters in lower case.
    static func lowercased(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }

    /// The literal characters of `characters[start..<end]` from `start`, as bytes, with where
    /// they stop, entering groups without alternatives that are neither optional nor repeated.
    /// `truncated` is true when something other than the end of the range stopped them.
    private static func literalRun(_ characters: [Character], from start: Int, to end: Int) -> (bytes: [UInt8], end: Int, truncated: Bool) {
        var bytes: [UInt8] = []
        var index = start
        while index < end {
            let character = characters[index]
            if let byte = literalByte(character) {
                bytes.append(byte)
                index += 1
                continue
            }
            if "*?{+".contains(character) {
                if !bytes.isEmpty { bytes.removeLast() }
                return (bytes, index, true)
            }
            guard character == "(", let group = plainGroup(characters, at: index, end: end) else { return (bytes, index, true) }
            let inner = literalRun(characters, from: group.contentStart, to: group.close)
            bytes += inner.bytes
            guard !inner.truncated else { return (bytes, index, true) }
            index = group.close + 1
        }
        return (bytes, index, false)
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

    /// The byte of a character that stands for itself in a pattern.
    private static func literalByte(_ character: Character) -> UInt8? {
        guard let ascii = character.asciiValue else { return nil }
        let isPlain = character.isLetter || character.isNumber || "/-_~%".contains(character)
        return isPlain ? ascii : nil
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
