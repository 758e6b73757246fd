/// Checks a host against the Gateway API `Hostname` rules (a DNS name, optionally starting
/// with one `*.` label; no IP addresses, no port).
public enum HostValidation {
    /// Why the host cannot be used, or nil when it can (the empty host is the catch-all).
    public static func problem(with host: String) -> String? {
        if host.isEmpty { return nil }
        if host.count > 253 { return "is longer than 253 characters" }
        var labels = host.split(separator: ".", omittingEmptySubsequences: false)
        if labels.first == "*" { labels.removeFirst() }
        if labels.isEmpty { return "has no labels after the wildcard" }
        for label in labels {
            if label.isEmpty { return "has an empty label" }
            if label.count > 63 { return "has a label longer than 63 characters" }
            for scalar in label.unicodeScalars {
                let ok = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "-"
                if !ok { return "contains \"\(scalar)\", which a hostname cannot" }
            }
            if label.first == "-" || label.last == "-" { return "has a label that starts or ends with \"-\"" }
        }
        if labels.allSatisfy({ $0.allSatisfy(\.isNumber) }) { return "is an IP address" }
        return nil
    }

    /// Whether the text is a precise (non-wildcard, non-empty) hostname.
    public static func isValidHostname(_ host: String) -> Bool {
        !host.isEmpty && !host.hasPrefix("*") && problem(with: host) == nil
    }
}

/// Checks a path against the rules Gateway API applies to `Exact` and `PathPrefix` values.
public enum PathValidation {
    private static let allowed = Set("-ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/._~!$&'()*+,;=:@%".unicodeScalars)

    /// Why the path cannot be an Exact or PathPrefix value, or nil when it can.
    public static func problem(with path: String) -> String? {
        if !path.hasPrefix("/") { return "does not start with \"/\"" }
        if path.utf8.count > 1024 { return "is longer than 1024 characters" }
        if path.contains("//") { return "contains \"//\"" }
        if path.contains("/./") || path.hasSuffix("/.") { return "contains a \".\" segment" }
        if path.contains("/../") || path.hasSuffix("/..") { return "contains a \"..\" segment" }
        if path.lowercased().contains("%2f") { return "contains an encoded \"/\" (%2F)" }
        for scalar in path.unicodeScalars where !allowed.contains(scalar) {
            return "contains \"\(scalar)\" (regular-expression or reserved characters are not path characters)"
        }
        var rest = Substring(path)
        while let percent = rest.firstIndex(of: "%") {
            let digits = rest[rest.index(after: percent)...].prefix(2)
            if digits.count < 2 || !digits.allSatisfy(\.isHexDigit) { return "contains a \"%\" that is not a percent-encoding" }
            rest = rest[rest.index(after: percent)...]
        }
        return nil
    }
}
