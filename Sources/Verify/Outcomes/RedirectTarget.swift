/// A redirect `Location` in the form two equivalent URLs share (RFC 3986, section 6.2.3,
/// scheme-based normalisation): scheme and host lower-cased, the scheme's default port
/// removed, an empty path written `/`. `https://Example.com:443` and `https://example.com/`
/// are the same target; `https://example.com/a` and `https://example.com/a/` are not.
enum RedirectTarget {
    static func normalized(_ location: String) -> String {
        guard let schemeEnd = location.range(of: "://") else { return location }
        let scheme = location[..<schemeEnd.lowerBound].lowercased()
        let rest = location[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        var authority = rest[..<authorityEnd].lowercased()
        let defaultPort = scheme == "http" ? ":80" : scheme == "https" ? ":443" : nil
        if let defaultPort, authority.hasSuffix(defaultPort) { authority.removeLast(defaultPort.count) }
        var tail = String(rest[authorityEnd...])
        if !tail.hasPrefix("/") { tail = "/" + tail }
        return "\(scheme)://\(authority)\(tail)"
    }
}
