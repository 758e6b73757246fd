import MigrationCore

/// A Gateway's usable listeners indexed by port, scheme and hostname, so that choosing the
/// listener of a request looks at the listeners that can take it, not at every listener of
/// the Gateway (a Gateway for a large cluster has tens of thousands, and a verification sends
/// a request for every path).
struct ListenerIndex: Sendable {
    /// The listeners of one port that speak one scheme, by position among the Gateway's.
    struct Candidates: Sendable {
        /// Exact hostnames (lower-cased).
        var exact: [String: [Int]] = [:]
        /// Wildcard hostnames.
        var wildcard: [Int] = []
        /// The same, by the name a host must end with (`.example.com` for `*.example.com`,
        /// lower-cased).
        var wildcardBySuffix: [String: [Int]] = [:]
        /// No hostname.
        var any: [Int] = []

        var isEmpty: Bool { exact.isEmpty && wildcard.isEmpty && any.isEmpty }

        /// The positions of the listeners whose hostname matches `hostname`, in order.
        func matching(_ hostname: String, in listeners: [EffectiveListener]) -> [Int] {
            var found = exact[hostname] ?? []
            found += wildcards(matching: hostname).filter { HostnameMatching.matches(listeners[$0].listener.hostname!, hostname) }
            found += any
            return found.sorted()
        }

        /// The wildcard listeners that can match `hostname` (a lower-cased request host): for
        /// a plain ASCII name, those filed under one of its endings that starts with a `.`
        /// after its first character (a wildcard needs at least one label before its ending).
        /// A name that is not ASCII, whose characters could compare equal to other spellings,
        /// gets every wildcard listener.
        private func wildcards(matching hostname: String) -> [Int] {
            guard !wildcard.isEmpty else { return [] }
            let bytes = Array(hostname.utf8)
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return wildcard }
            var found: [Int] = []
            for offset in bytes.indices.dropFirst() where bytes[offset] == UInt8(ascii: ".") {
                found += wildcardBySuffix[String(decoding: bytes[offset...], as: UTF8.self)] ?? []
            }
            return found
        }
    }

    /// One port's listeners that are not conflicted.
    struct Port: Sendable {
        /// The first of them (whose protocol names what the port speaks).
        var first: Int
        /// Those that take plain HTTP requests.
        var http = Candidates()
        /// Those that take HTTPS requests (HTTPS and TLS listeners).
        var secure = Candidates()
    }

    private(set) var ports: [Int: Port] = [:]

    init(_ listeners: [EffectiveListener]) {
        for (position, entry) in listeners.enumerated() where !entry.isConflicted {
            let listener = entry.listener
            if ports[listener.port] == nil { ports[listener.port] = Port(first: position) }
            // Changed in place: a copy taken out of the table and put back would copy its
            // hostname table at every listener.
            switch listener.protocol {
            case .http: Self.add(position, hostname: listener.hostname, to: &ports[listener.port]!.http)
            case .https, .tls: Self.add(position, hostname: listener.hostname, to: &ports[listener.port]!.secure)
            default: break
            }
        }
    }

    private static func add(_ position: Int, hostname: String?, to candidates: inout Candidates) {
        guard let hostname else { return candidates.any.append(position) }
        if hostname.hasPrefix("*.") {
            candidates.wildcard.append(position)
            candidates.wildcardBySuffix[String(hostname.lowercased().dropFirst()), default: []].append(position)
        } else {
            candidates.exact[hostname.lowercased(), default: []].append(position)
        }
    }
}
