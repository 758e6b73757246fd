/// nginx's choice of server for a request's host name (the rules are
/// ``NGINXLocationMatching``'s), from tables built once per set of servers rather than by
/// sorting and scanning every server name for each request:
///
/// 1. a server of exactly that name;
/// 2. else the first server, in name order, with that exact `server-alias`;
/// 3. else the longest `*.` alias whose text after `*` ends the name (nginx's wildcard
///    names; the first in name and alias order among equally long ones). Such an alias's
///    text starts with `.`, so only the name's endings that start at one of its dots are
///    looked up, longest first;
/// 4. else the wildcard host `*.example.com` covering exactly one more label of letters,
///    digits, `_` and `-`: the label cannot contain a dot, so only the name's ending at its
///    first dot is looked up;
/// 5. else the catch-all `_`, nginx's default server.
///
/// Lookups find names by text; each name found is checked with the same test a scan over
/// every name applied, so the choice is always the scan's.
struct NGINXServerSelection: Sendable {
    /// An alias `*.…` and the server that has it.
    private struct WildcardAlias: Sendable {
        var alias: String
        var server: String
    }

    /// The server names.
    private let names: Set<String>
    /// The first server, in name order, listing each alias.
    private let aliasOwners: [String: String]
    /// The `*.` aliases by their text after `*`, in name order and then alias order.
    private let wildcardAliases: [String: [WildcardAlias]]
    /// The aliases that use their server's certificate: the server has one and its Ingresses'
    /// `tls` sections name the alias.
    let certifiedAliases: Set<String>

    /// Prepares the choice among `servers`.
    init(_ servers: [String: NGINXServer]) {
        var owners: [String: String] = [:]
        var wildcards: [String: [WildcardAlias]] = [:]
        var certified = Set<String>()
        for name in servers.keys.sorted() {
            let server = servers[name]!
            for alias in server.aliases {
                if owners[alias] == nil { owners[alias] = name }
                if alias.hasPrefix("*.") { wildcards[String(alias.dropFirst(1)), default: []].append(WildcardAlias(alias: alias, server: name)) }
                if server.hasCertificate, server.certificateNames.contains(alias) { certified.insert(alias) }
            }
        }
        names = Set(servers.keys)
        aliasOwners = owners
        wildcardAliases = wildcards
        certifiedAliases = certified
    }

    /// The name of the server that answers `hostname` (lower-cased, without port).
    func serverName(for hostname: String) -> String {
        if hostname != "_", let exact = names.firstIndex(of: hostname) { return names[exact] }
        if let owner = aliasOwners[hostname] { return owner }
        var position = hostname.startIndex
        while let dot = hostname[position...].firstIndex(of: ".") {
            let ending = hostname[dot...]
            let found = wildcardAliases[String(ending)]?.first { hostname.hasSuffix($0.alias.dropFirst(1)) }
            if let found { return found.server }
            position = hostname.index(after: dot)
        }
        if let dot = hostname.firstIndex(of: "."), let wildcard = names.firstIndex(of: "*" + hostname[dot...]),
            Self.wildcardHost(names[wildcard], covers: hostname)
        {
            return names[wildcard]
        }
        return "_"
    }

    /// Whether the wildcard host `name` (`*.example.com`) covers `hostname`: exactly one more
    /// label, of ASCII letters, digits, `_` and `-`.
    static func wildcardHost(_ name: String, covers hostname: String) -> Bool {
        guard name.hasPrefix("*.") else { return false }
        let suffix = name.dropFirst(1)
        guard hostname.hasSuffix(suffix) else { return false }
        let label = hostname.dropLast(suffix.count)
        return !label.isEmpty && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
    }
}
