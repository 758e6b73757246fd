/// A `queryParams` entry of an HTTPRoute match.
public struct QueryParamMatch: Sendable, Hashable {
    /// `name`, compared exactly (query parameter names are case-sensitive).
    public var name: String
    /// `value`.
    public var value: String
    /// True for `type: RegularExpression`; false for the default `Exact`.
    public var isRegularExpression: Bool

    /// Creates a query parameter match.
    public init(name: String, value: String, isRegularExpression: Bool = false) {
        self.name = name
        self.value = value
        self.isRegularExpression = isRegularExpression
    }
}
