import MigrationCore

extension Canary {
    /// Rules for `canary-by-header`, `-value` and `-pattern`.
    static func headerRules(_ setting: IngressSettings, primary: RouteRuleIR, canary: BackendRef, findings: inout FindingList) -> [RouteRuleIR] {
        guard let header = setting.string("canary-by-header") else { return [] }
        let name = header.value.trimmingCharacters(in: .whitespaces)
        if let value = setting.string("canary-by-header-value") {
            return [variant(primary, header: HeaderMatch(name: name, value: value.value), backends: [canary])]
        }
        if let pattern = setting.string("canary-by-header-pattern") {
            // The controller searches the header value for the pattern (unanchored); Gateway
            // implementations match a regular expression against the whole value, so the
            // pattern is wrapped to match anywhere.
            report(.nginxCanaryApproximated, setting, pattern.location,
                   "canary-by-header-pattern is a PCRE pattern searched anywhere in the value; the Gateway matches \".*(?:pattern).*\" against the whole value in the implementation's regular-expression dialect", &findings)
            return [variant(primary, header: HeaderMatch(name: name, value: ".*(?:\(pattern.value)).*", isRegularExpression: true), backends: [canary])]
        }
        return [
            variant(primary, header: HeaderMatch(name: name, value: "always"), backends: [canary]),
            variant(primary, header: HeaderMatch(name: name, value: "never"), backends: primary.backends.map { unweighted($0) }),
        ]
    }

    /// Rules for `canary-by-cookie`, as regular expressions on the Cookie header.
    static func cookieRules(_ setting: IngressSettings, primary: RouteRuleIR, canary: BackendRef, findings: inout FindingList) -> [RouteRuleIR] {
        guard let cookie = setting.string("canary-by-cookie") else { return [] }
        report(.nginxCanaryApproximated, setting, cookie.location,
               "canary-by-cookie is matched with a regular expression on the Cookie header, as Gateway API has no cookie match (implementation-specific)", &findings)
        let name = escaped(cookie.value.trimmingCharacters(in: .whitespaces))
        func pattern(_ value: String) -> String { "(^|.*;\\s*)\(name)=\(value)(;.*|$)" }
        return [
            variant(primary, header: HeaderMatch(name: "Cookie", value: pattern("always"), isRegularExpression: true), backends: [canary]),
            variant(primary, header: HeaderMatch(name: "Cookie", value: pattern("never"), isRegularExpression: true),
                    backends: primary.backends.map { unweighted($0) }),
        ]
    }

    private static func variant(_ rule: RouteRuleIR, header: HeaderMatch, backends: [BackendRef]) -> RouteRuleIR {
        var copy = rule
        copy.match.headers.append(header)
        copy.backends = backends
        return copy
    }

    private static func unweighted(_ backend: BackendRef) -> BackendRef {
        var copy = backend
        copy.weight = nil
        return copy
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\^$.|?*+()[]{}".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
