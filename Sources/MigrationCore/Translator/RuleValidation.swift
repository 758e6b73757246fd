/// Drops rules whose path match Gateway API would reject, after the provider has had its say
/// (a provider may turn a path that is a pattern into a regular-expression match).
enum RuleValidation {
    static func apply(to ir: inout TranslationIR, provider: String, findings: inout FindingList) {
        for position in ir.groups.indices {
            ir.groups.values[position].rules.removeAll { rule in
                let problem: String?
                switch rule.match.pathType {
                case .exact, .pathPrefix: problem = PathValidation.problem(with: rule.match.path)
                case .regularExpression: problem = rule.match.path.utf8.count > 1024 ? "is longer than 1024 characters" : nil
                }
                guard let problem else { return false }
                findings.add(
                    Finding(
                        .invalidPath, provider: provider, object: rule.source.object, at: rule.source.location,
                        message: "path \"\(rule.match.path)\" \(problem), which Gateway API rejects; it was not translated"))
                return true
            }
        }
    }
}
