/// Drops rules whose path match Gateway API would reject, after the provider has had its say
/// (a provider may turn a path that is a pattern into a regular-expression match).
enum RuleValidation {
    static func apply(to ir: inout TranslationIR, provider: String, findings: inout FindingList) {
        ir.groups.updateEachValue { _, group in
            group.rules.removeAll { rule in
                guard let problem = Self.problem(with: rule.match) else { return false }
                findings.add(
                    Finding(
                        .invalidPath, provider: provider, object: rule.source.object, at: rule.source.location,
                        message: "path \"\(rule.match.path)\" \(problem), which Gateway API rejects; it was not translated"))
                return true
            }
        }
    }

    /// Why Gateway API would reject the match's path, if it would.
    private static func problem(with match: HTTPRouteMatch) -> String? {
        switch match.pathType {
        case .exact, .pathPrefix: PathValidation.problem(with: match.path)
        case .regularExpression: match.path.utf8.count > 1024 ? "is longer than 1024 characters" : nil
        }
    }
}
