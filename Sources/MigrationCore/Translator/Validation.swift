/// Checks a host against the Gateway API `Hostname` rules (a DNS name, optionally starting
/// with one `*.` label; no IP addresses, no port).
public enum HostValidation {
    /// Why the host cannot be used, or nil when it can (the empty host is the catch-all).
    public static func problem(with host: String) -> String? {
        if host.isEmpty || isPlainValidHostname(host) { return nil }
        return fullCheck(host)
    }

    /// Every rule, character by character: the answer for hosts the fast path does not accept.
    static func fullCheck(_ host: String) -> String? {
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

    /// A fast path for the common case: ASCII labels of `[a-z0-9-]`, each 1 to 63 bytes, not
    /// starting or ending with `-`, at most 253 bytes, at least one label not all digits, with
    /// an optional leading `*.`. False means "check the slow way", not "invalid".
    static func isPlainValidHostname(_ host: String) -> Bool {
        var host = host
        return host.withUTF8 { bytes in
            guard bytes.count <= 253 else { return false }
            var index = bytes.count >= 2 && bytes[0] == UInt8(ascii: "*") && bytes[1] == UInt8(ascii: ".") ? 2 : 0
            var sawLetter = false
            while index < bytes.count {
                let start = index
                while index < bytes.count, bytes[index] != UInt8(ascii: ".") {
                    let byte = bytes[index]
                    if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") || byte == UInt8(ascii: "-") {
                        sawLetter = true
                    } else if !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                        return false
                    }
                    index += 1
                }
                let length = index - start
                guard length >= 1, length <= 63, bytes[start] != UInt8(ascii: "-"), bytes[index - 1] != UInt8(ascii: "-") else { return false }
                if index < bytes.count {
                    index += 1
                    guard index < bytes.count else { return false }
                }
            }
            return sawLetter
        }
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
        if isPlainValidPath(path) { return nil }
        return fullCheck(path)
    }

    /// Every rule: the answer for paths the fast path does not accept.
    static func fullCheck(_ path: String) -> String? {
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

    /// A fast path for the common case: `/` then letters, digits, `-`, `_`, `~` and `.`, at
    /// most 1024 bytes, no empty segment and no segment starting with `.`. False means "check
    /// the slow way", not "invalid".
    static func isPlainValidPath(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            guard bytes.count <= 1024, bytes.first == UInt8(ascii: "/") else { return false }
            var previous = UInt8(ascii: "/")
            for byte in bytes.dropFirst() {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "~"):
                    break
                case UInt8(ascii: "/"), UInt8(ascii: "."):
                    if previous == UInt8(ascii: "/") { return false }
                default:
                    return false
                }
                previous = byte
            }
            return true
        }
    }
}
