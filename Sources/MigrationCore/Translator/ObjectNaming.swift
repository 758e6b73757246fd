/// How generated objects and listeners are named. The rules are documented in
/// `docs/naming.md`; they are stable: the same input always gives the same names.
///
/// - A host becomes a DNS subdomain by lower-casing it and writing a leading `*.` as
///   `wildcard.`: `*.example.com` → `wildcard.example.com`; the empty host is `catch-all`.
/// - Names longer than the Kubernetes limit are cut and end with `-` and 8 hex digits of a
///   hash of the full name.
/// - When different keys would get the same name (for example the hosts `*.example.com` and
///   `wildcard.example.com`), every one of them gets `-` and 8 hex digits of a hash of its key,
///   so no name depends on which key was seen first.
public enum ObjectNaming {
    /// The longest `metadata.name` of the kinds generated (a DNS-1123 subdomain).
    public static let maxNameLength = 253

    /// The DNS-subdomain form of a host (`catch-all` for the empty host).
    static func hostSlug(_ host: String) -> String {
        if host.isEmpty { return "catch-all" }
        var text = host.lowercased()
        if text.hasPrefix("*.") { text = "wildcard." + text.dropFirst(2) }
        return sanitize(text)
    }

    /// Keeps `[a-z0-9.-]`, turns anything else into `-`, and trims `-` at the ends of labels so
    /// the result is a valid DNS-1123 subdomain.
    static func sanitize(_ text: String) -> String {
        if isSanitized(text) { return text }
        return fullSanitize(text)
    }

    /// Rebuilds the name label by label: the answer for text that is not already clean.
    static func fullSanitize(_ text: String) -> String {
        var labels: [String] = []
        for label in text.lowercased().split(separator: ".", omittingEmptySubsequences: true) {
            var cleaned = ""
            for scalar in label.unicodeScalars {
                let isAllowed = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "-"
                cleaned.unicodeScalars.append(isAllowed ? scalar : "-")
            }
            let trimmed = cleaned.trimmingDashes()
            if !trimmed.isEmpty { labels.append(trimmed) }
        }
        return labels.isEmpty ? "unnamed" : labels.joined(separator: ".")
    }

    /// Whether `sanitize` would return the text unchanged: non-empty labels of `[a-z0-9-]`
    /// that neither start nor end with `-` (checked byte by byte, without building strings).
    static func isSanitized(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard !bytes.isEmpty else { return false }
            var labelStart = true
            var previous: UInt8 = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    labelStart = false
                case UInt8(ascii: "-"):
                    if labelStart { return false }
                case UInt8(ascii: "."):
                    if labelStart || previous == UInt8(ascii: "-") { return false }
                    labelStart = true
                default:
                    return false
                }
                previous = byte
            }
            return !labelStart && previous != UInt8(ascii: "-")
        }
    }

    /// Cuts a name to `limit` characters, ending it with a hash of the full name when cut.
    public static func fit(_ name: String, limit: Int = maxNameLength) -> String {
        guard name.count > limit else { return name }
        let hash = StableHash.hex(name)
        var head = String(name.prefix(limit - hash.count - 1))
        while let last = head.last, last == "-" || last == "." { head.removeLast() }
        return head + "-" + hash
    }

    /// Assigns names to keys so that no two keys share one: keys whose preferred names collide
    /// all get a hash of their key text appended.
    static func allocate<Key: Hashable>(
        _ keys: [Key], desired: (Key) -> String, keyText: (Key) -> String, limit: Int = maxNameLength
    ) -> [Key: String] {
        // Counted, not grouped: a Gateway names tens of thousands of hosts, and a list per
        // name would be an allocation per host.
        let names = keys.map { fit(desired($0), limit: limit) }
        var wanting: [String: Int] = [:]
        wanting.reserveCapacity(names.count)
        for name in names { wanting[name, default: 0] += 1 }
        var result: [Key: String] = [:]
        result.reserveCapacity(keys.count)
        for (index, key) in keys.enumerated() {
            if wanting[names[index]] == 1 {
                result[key] = names[index]
            } else {
                let suffix = "-" + StableHash.hex(keyText(key))
                result[key] = fit(desired(key), limit: limit - suffix.count) + suffix
            }
        }
        return result
    }
}

extension StringProtocol {
    /// The text without leading and trailing `-`.
    func trimmingDashes() -> String {
        var view = Substring(self)
        while view.first == "-" { view.removeFirst() }
        while view.last == "-" { view.removeLast() }
        return String(view)
    }
}
