/// A Kubernetes label selector (`matchLabels` and `matchExpressions`, ANDed).
public struct LabelSelector: Sendable, Hashable {
    /// One `matchExpressions` entry.
    public struct Requirement: Sendable, Hashable {
        /// The operators Kubernetes defines.
        public enum Operator: String, Sendable, Hashable {
            case `in` = "In"
            case notIn = "NotIn"
            case exists = "Exists"
            case doesNotExist = "DoesNotExist"
        }

        /// The label key.
        public var key: String
        /// The operator.
        public var `operator`: Operator
        /// The values (for `In` and `NotIn`).
        public var values: [String]

        /// Creates a requirement.
        public init(key: String, operator: Operator, values: [String] = []) {
            self.key = key
            self.operator = `operator`
            self.values = values
        }
    }

    /// `matchLabels`.
    public var matchLabels: [String: String] = [:]
    /// `matchExpressions`.
    public var matchExpressions: [Requirement] = []

    /// Creates a selector.
    public init(matchLabels: [String: String] = [:], matchExpressions: [Requirement] = []) {
        self.matchLabels = matchLabels
        self.matchExpressions = matchExpressions
    }

    /// Whether a set of labels satisfies every requirement. An empty selector matches
    /// everything.
    public func matches(_ labels: [String: String]) -> Bool {
        for (key, value) in matchLabels where labels[key] != value { return false }
        for requirement in matchExpressions {
            let value = labels[requirement.key]
            switch requirement.operator {
            case .in: if value.map({ !requirement.values.contains($0) }) ?? true { return false }
            case .notIn: if let value, requirement.values.contains(value) { return false }
            case .exists: if value == nil { return false }
            case .doesNotExist: if value != nil { return false }
            }
        }
        return true
    }
}
