/// How an Ingress path of a gRPC backend becomes GRPCRoute method matches: gRPC calls are
/// HTTP/2 requests for `/<package.Service>/<Method>`, so `/` matches every call,
/// `/pkg.Service` (or `/pkg.Service/`) every method of a service, and `/pkg.Service/Method` one
/// method. Other paths cannot be expressed.
public enum GRPCMatching {
    /// The method matches for a path, or nil when the path is not of a gRPC form.
    public static func methods(for match: HTTPRouteMatch) -> [GRPCMethodMatch]? {
        guard match.pathType != .regularExpression else { return nil }
        let parts = match.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        switch parts.count {
        case 0: return []
        case 1 where isName(parts[0], allowDots: true): return [GRPCMethodMatch(service: parts[0])]
        case 2 where isName(parts[0], allowDots: true) && isName(parts[1], allowDots: false) && match.pathType == .exact:
            return [GRPCMethodMatch(service: parts[0], method: parts[1])]
        case 2 where isName(parts[0], allowDots: true) && isName(parts[1], allowDots: false):
            return [GRPCMethodMatch(service: parts[0], method: parts[1])]
        default: return nil
        }
    }

    private static func isName(_ text: String, allowDots: Bool) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || (allowDots && $0 == ".") }
            && !text.hasPrefix(".") && !text.hasSuffix(".")
    }
}
