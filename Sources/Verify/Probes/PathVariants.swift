/// The request paths derived from one Ingress path.
///
/// - A plain path `/api`: itself, a deeper path, a sibling sharing its characters
///   (`/api-sibling`), the trailing-slash variant and the path in upper case.
/// - A path written as a regular expression (ingress-nginx's regex mode, e.g.
///   `/api(/|$)(.*)`): the path as written (which is what a host outside regex mode
///   matches), an example the expression matches (``RegexExample``), a deeper one, the
///   example in upper case, the literal text before the pattern and a sibling of it.
/// - A path of a gRPC backend: a call of the service it names (`/pkg.Service` →
///   `/pkg.Service/Probe`; a method path is itself; `/` calls `/probe.v1.Probe/Call`) and a
///   call of another method of the same service.
enum PathVariants {
    static let metacharacters: Set<Character> = ["(", ")", "[", "]", "{", "}", "*", "+", "?", "|", "^", "$", "\\"]

    static func http(_ path: String) -> [(String, String)] {
        guard path.contains(where: { metacharacters.contains($0) }) else { return plain(path) }
        let literal = String(path.prefix { !metacharacters.contains($0) })
        var variants: [(String, String)] = [(path, "the path itself")]
        if let example = RegexExample.instance(of: path) {
            variants.append((example, "an example of the path's pattern"))
            variants.append((example.hasSuffix("/") ? example + "deeper" : example + "/deeper", "a deeper example of the pattern"))
            if example.uppercased() != example { variants.append((example.uppercased(), "the example in another case")) }
        }
        if !literal.isEmpty {
            variants.append((literal, "the pattern's literal beginning"))
            if !literal.hasSuffix("/") { variants.append((literal + "-sibling", "a sibling sharing the literal beginning's characters")) }
        }
        return variants
    }

    static func plain(_ path: String) -> [(String, String)] {
        var variants: [(String, String)] = [(path, "the path itself")]
        variants.append((path.hasSuffix("/") ? path + "deeper" : path + "/deeper", "a deeper path"))
        if !path.hasSuffix("/") { variants.append((path + "-sibling", "a sibling sharing the prefix's characters")) }
        if path.hasSuffix("/"), path != "/" {
            variants.append((String(path.dropLast()), "the path without its trailing slash"))
        } else if !path.hasSuffix("/") {
            variants.append((path + "/", "the path with a trailing slash"))
        }
        if path.uppercased() != path { variants.append((path.uppercased(), "the path in another case")) }
        return variants
    }

    static func grpc(_ path: String) -> [(String, String)] {
        let parts = path.split(separator: "/").map(String.init)
        switch parts.count {
        case 0: return [("/probe.v1.Probe/Call", "a gRPC call of any service")]
        case 1: return [("/\(parts[0])/Probe", "a gRPC call of the path's service")]
        default:
            return [(path, "the gRPC call itself"), ("/\(parts[0])/OtherProbe", "a gRPC call of another method of the service")]
        }
    }
}

/// A concrete path a PCRE-style path pattern matches at its start, built from the pattern's
/// first choices: a group's first alternative, a class's first character, no repetition for
/// `*` and `?`, one for `+`, `{n}` n times; `.` and the shorthand classes become a letter or
/// digit. nil when the result does not match the pattern, case-insensitively, from the start.
enum RegexExample {
    static func instance(of pattern: String) -> String? {
        var index = pattern.startIndex
        let text = sequence(pattern, &index)
        guard text.hasPrefix("/"), let regex = CompiledRegexes.shared.regex("^" + pattern, ignoresCase: true), (try? regex.prefixMatch(in: text)) != nil else { return nil }
        return text
    }

    /// A non-empty value the pattern finds (case-sensitively, anywhere in it), for header
    /// patterns; nil when none is found this way.
    static func text(of pattern: String) -> String? {
        var index = pattern.startIndex
        let text = sequence(pattern, &index)
        guard !text.isEmpty, let regex = try? Regex(pattern), (try? regex.firstMatch(in: text)) != nil else { return nil }
        return text
    }

    /// The example of the pattern from `index` to the end of the current group.
    private static func sequence(_ pattern: String, _ index: inout String.Index) -> String {
        var result = ""
        var last = ""
        while index < pattern.endIndex {
            let character = pattern[index]
            if character == ")" { break }
            if character == "|" {
                // Keep the first alternative: skip the rest of this group.
                var depth = 0
                while index < pattern.endIndex {
                    if pattern[index] == "(" { depth += 1 }
                    if pattern[index] == ")" { if depth == 0 { break } else { depth -= 1 } }
                    if pattern[index] == "\\" { index = pattern.index(after: index) }
                    if index < pattern.endIndex { index = pattern.index(after: index) }
                }
                break
            }
            index = pattern.index(after: index)
            switch character {
            case "(":
                if pattern[index...].hasPrefix("?:") { index = pattern.index(index, offsetBy: 2) }
                last = sequence(pattern, &index)
                if index < pattern.endIndex { index = pattern.index(after: index) }
            case "[":
                last = characterClass(pattern, &index)
            case "\\":
                guard index < pattern.endIndex else { return result }
                let escaped = pattern[index]
                index = pattern.index(after: index)
                last = escaped == "d" ? "1" : "wWsS".contains(escaped) ? "a" : String(escaped)
            case ".":
                last = "a"
            case "^", "$":
                last = ""
            case "*", "?":
                result.removeLast(last.count)
                last = ""
                continue
            case "+":
                continue
            case "{":
                let digits = pattern[index...].prefix { $0.isNumber }
                let count = Int(digits) ?? 1
                while index < pattern.endIndex, pattern[index] != "}" { index = pattern.index(after: index) }
                if index < pattern.endIndex { index = pattern.index(after: index) }
                result.removeLast(last.count)
                result += String(repeating: last, count: count)
                continue
            default:
                last = String(character)
            }
            result += last
        }
        return result
    }

    private static func characterClass(_ pattern: String, _ index: inout String.Index) -> String {
        var members: [Character] = []
        var negated = false
        if index < pattern.endIndex, pattern[index] == "^" {
            negated = true
            index = pattern.index(after: index)
        }
        while index < pattern.endIndex, pattern[index] != "]" {
            if pattern[index] == "\\" { index = pattern.index(after: index) }
            if index < pattern.endIndex { members.append(pattern[index]) }
            if index < pattern.endIndex { index = pattern.index(after: index) }
        }
        if index < pattern.endIndex { index = pattern.index(after: index) }
        if negated { return members.contains("a") ? "b" : "a" }
        return members.first.map { $0 == "-" ? "a" : String($0) } ?? "a"
    }
}
