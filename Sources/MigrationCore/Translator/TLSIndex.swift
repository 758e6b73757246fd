/// An Ingress's TLS entries indexed for ``TLSMatching/choose(for:in:source:index:)``: which
/// entry lists each host, which entry's wildcard covers each parent domain, and the fallbacks.
/// Built once per Ingress, so that an Ingress with thousands of hosts and TLS hosts decides
/// each host's certificate with a look-up instead of a pass over every TLS host.
struct TLSIndex {
    /// The first entry listing each host (lower-cased).
    private(set) var entryListing: [String: Int] = [:]
    /// The first entry with a Secret listing each `*.` host (lower-cased).
    private(set) var entryWithWildcard: [String: Int] = [:]
    /// The first entry with a Secret and no hosts.
    private(set) var openEntry: Int?
    /// The first entry with a Secret.
    private(set) var firstEntryWithSecret: Int?

    init(_ ingress: Ingress) {
        for (index, entry) in ingress.tls.enumerated() {
            let hasSecret = entry.usableSecretName != nil
            for host in entry.hosts {
                let name = host.value.lowercased()
                if entryListing[name] == nil { entryListing[name] = index }
                if hasSecret, name.hasPrefix("*."), entryWithWildcard[name] == nil { entryWithWildcard[name] = index }
            }
            guard hasSecret else { continue }
            if firstEntryWithSecret == nil { firstEntryWithSecret = index }
            if openEntry == nil, entry.hosts.isEmpty { openEntry = index }
        }
    }

    /// The first entry with a Secret whose wildcard host covers `host`.
    func entryCovering(_ host: String) -> Int? {
        guard let pattern = TLSMatching.pattern(covering: host), let index = entryWithWildcard[pattern],
            TLSMatching.covers(pattern, host)
        else { return nil }
        return index
    }
}

extension TLSMatching {
    /// The one `*.` pattern that covers `host` (see ``covers(_:_:)``): its first label replaced
    /// by `*`; nil when the host has no parent domain or its first label is empty or `*`.
    static func pattern(covering host: String) -> String? {
        guard let dot = host.firstIndex(of: ".") else { return nil }
        let label = host[..<dot]
        guard !label.isEmpty, label != "*" else { return nil }
        return "*" + host[dot...]
    }
}
