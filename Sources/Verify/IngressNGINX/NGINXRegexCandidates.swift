/// The regex-mode locations of a server sorted, once, by what each pattern's matches must
/// begin with, so that a request tries only the patterns that can match it.
///
/// In regex mode nginx writes every location as `~* "^<path>"` and takes the first, in
/// configuration order, that matches the request's path. A pattern that begins with plain
/// text (`/api/v1(/|$)(.*)` begins with `/api/v1`) matches only paths that begin with that
/// text, in any case. So each location is filed under its pattern's *literal beginning*,
/// lower-cased, and a request looks up its own path's beginnings: the locations found there,
/// and those whose pattern has no usable literal beginning, are the only ones that can
/// match. They are tried with the real regular expressions, in configuration order, so the
/// first that matches is the one a scan over every location finds.
///
/// A literal beginning is taken only where it is certain: from the characters
/// `A-Z a-z 0-9 / - _ ~ %` at the start, without the last one when a quantifier follows it,
/// and only from patterns whose structure is simple enough to see that no alternative
/// (`|` outside any group) escapes it: no inline options or comments (`(?` other than
/// `(?:`), no quoting (`\Q`), no nested character classes. Other patterns are always tried.
/// Requests whose path is not plain ASCII try every location.
struct NGINXRegexCandidates: Sendable {
    /// The locations of each literal beginning (lower-cased), in configuration order.
    private let byBeginning: [[UInt8]: [Int]]
    /// The lengths, in bytes, of those beginnings.
    private let beginningLengths: [Int]
    /// The locations whose pattern has no usable literal beginning, in configuration order.
    private let unfiltered: [Int]
    /// How many locations there are.
    private let count: Int

    /// Files the location patterns `paths` (in configuration order).
    init(_ paths: [String]) {
        var byBeginning: [[UInt8]: [Int]] = [:]
        var unfiltered: [Int] = []
        for (index, path) in paths.enumerated() {
            if let beginning = Self.literalBeginning(of: path), !beginning.isEmpty {
                byBeginning[beginning, default: []].append(index)
            } else {
                unfiltered.append(index)
            }
        }
        self.byBeginning = byBeginning
        beginningLengths = Set(byBeginning.keys.map(\.count)).sorted()
        self.unfiltered = unfiltered
        count = paths.count
    }

    /// The first location, in configuration order, whose pattern matches `path` at its start
    /// (case-insensitively unless `caseSensitive`), or nil.
    func firstMatch(_ path: String, in locations: [NGINXLocation], caseSensitive: Bool) -> Int? {
        let candidates = self.candidates(for: path)
        return candidates.first { NGINXLocationMatching.matchesRegex(locations[$0].path, path, caseSensitive: caseSensitive) }
    }

    /// The locations that can match `path`, in configuration order.
    func candidates(for path: String) -> [Int] {
        let bytes = Array(path.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return Array(0..<count) }
        let lowered = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        var found = unfiltered
        for length in beginningLengths {
            guard length <= lowered.count else { break }
            found += byBeginning[Array(lowered[..<length])] ?? []
        }
        return found.count == unfiltered.count ? found : found.sorted()
    }

    /// The lower-cased literal text every match of `^<pattern>` begins with; nil when the
    /// pattern's structure is not simple enough to be sure.
    static func literalBeginning(of pattern: String) -> [UInt8]? {
        guard hasSimpleStructure(pattern) else { return nil }
        var beginning: [UInt8] = []
        var rest = pattern[...]
        while let character = rest.first, let byte = literalByte(character) {
            beginning.append(byte)
            rest = rest.dropFirst()
        }
        if let next = rest.first, "*?{+".contains(next), !beginning.isEmpty { beginning.removeLast() }
        return beginning.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }

    /// The byte of a character that stands for itself at the start of a pattern.
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
