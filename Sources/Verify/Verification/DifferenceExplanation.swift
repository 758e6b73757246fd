import MigrationCore

/// Finds the translation finding that already describes why a probe's outcomes differ, so
/// the difference is linked to it rather than reported again:
///
/// 1. an HTTPS request that ingress-nginx answered (with its default certificate) and the
///    Gateway has no HTTPS listener for: `I2GW-DEFAULT-CERTIFICATE`, then
///    `I2GW-HOST-WITHOUT-CERTIFICATE`;
/// 2. a finding about the same path, path type, backend or host (an invalid path, an
///    unresolved port, a skipped host…), found by its location;
/// 3. both outcomes are the same redirect but for one trailing `/` that only ingress-nginx
///    removes: `I2GW-NGINX-REDIRECT-TRAILING-SLASH`; or but for the request's query, which
///    only the Gateway appends: `I2GW-NGINX-REDIRECT-QUERY` (the one at an annotation that
///    decided the request, else the first);
/// 4. the host is two or more labels below a wildcard host: `I2GW-NGINX-WILDCARD-DEPTH`.
///
/// The codes of rules 3 and 4 name one kind of difference, so they explain nothing by
/// location alone.
///
/// A finding that names the request's host is preferred among several of one code.
///
/// The findings are indexed once by location and by code, and the finding of a code that
/// names a host is remembered per host, so that explaining a difference does not look at
/// every finding of the run (verifying a large cluster explains thousands of differences,
/// and its translation reports thousands of findings).
struct DifferenceExplanation {
    /// Codes of approximations the ingress-nginx provider reports (it lives in another module).
    enum ApproximationCode {
        static let redirectTrailingSlash = "I2GW-NGINX-REDIRECT-TRAILING-SLASH"
        static let wildcardDepth = "I2GW-NGINX-WILDCARD-DEPTH"
        static let redirectQuery = "I2GW-NGINX-REDIRECT-QUERY"
        static let all = [redirectTrailingSlash, wildcardDepth, redirectQuery]
    }

    /// A finding's code and location.
    private struct CodeAndLocation: Hashable {
        var code: String
        var location: SourceLocation
    }

    /// A code and a host name.
    private struct CodeAndHost: Hashable {
        var code: String
        var host: String
    }

    let findings: [Finding]
    /// The endings `.example.com` of the wildcard hosts `*.example.com` of the Ingresses.
    let wildcardSuffixes: Set<String>
    /// The position of the first finding at each location, the approximations left out.
    private let firstAt: [SourceLocation: Int]
    /// The position of the first finding of each code at each location.
    private let firstOfCodeAt: [CodeAndLocation: Int]
    /// The positions of each code's findings, in order.
    private let positions: [String: [Int]]
    /// The finding of a code chosen for a host, once worked out.
    private var chosenForHost: [CodeAndHost: Int?] = [:]
    /// The first located findings of each list of shared locations (kept alive here, so an
    /// identifier always names the same list).
    private var sharedFirsts: [ObjectIdentifier: (list: SharedSourceLocations, firsts: LocatedFirsts)] = [:]

    /// The first finding at any of some locations, the approximations left out, and the first
    /// of the redirect-query code there.
    private struct LocatedFirsts {
        var local: Int?
        var redirectQuery: Int?
    }

    init(findings: [Finding], ingresses: [Ingress]) {
        self.findings = findings.filter { !FindingCode.verifyCatalog.contains($0.code) }
        wildcardSuffixes = Set(ingresses.flatMap(\.rules).map { $0.hostName.lowercased() }.filter { $0.hasPrefix("*.") }.map { String($0.dropFirst(1)) })
        var firstAt: [SourceLocation: Int] = [:]
        var firstOfCodeAt: [CodeAndLocation: Int] = [:]
        var positions: [String: [Int]] = [:]
        for (position, finding) in self.findings.enumerated() {
            positions[finding.code.id, default: []].append(position)
            guard let location = finding.location else { continue }
            if firstOfCodeAt[CodeAndLocation(code: finding.code.id, location: location)] == nil {
                firstOfCodeAt[CodeAndLocation(code: finding.code.id, location: location)] = position
            }
            if !ApproximationCode.all.contains(finding.code.id), firstAt[location] == nil { firstAt[location] = position }
        }
        self.firstAt = firstAt
        self.firstOfCodeAt = firstOfCodeAt
        self.positions = positions
    }

    /// The finding that explains why `reference` and `candidate` differ for `probe`, if any.
    mutating func explain(_ probe: Probe, reference: RoutingDecision, candidate: RoutingDecision) -> Finding? {
        let host = probe.request.hostname
        if probe.request.scheme == .https, reference.outcome.statusCode != nil, Self.hasNoHTTPSListener(candidate.outcome) {
            if let finding = first(FindingCode.defaultCertificate.id, host: host) ?? first(FindingCode.hostWithoutCertificate.id, host: host) {
                return finding
            }
        }
        let located = firsts(Set(probe.locations + reference.ownLocations), shared: reference.sharedLocations)
        if let local = located.local { return findings[local] }
        if case .redirect(let leftCode, let left) = reference.outcome, case .redirect(let rightCode, let right) = candidate.outcome,
            leftCode == rightCode
        {
            if Self.differsByTrailingSlash(left, right) { return first(ApproximationCode.redirectTrailingSlash, host: host) }
            if let query = probe.request.query, !left.contains("?"),
                RedirectTarget.normalized(left + "?" + query) == RedirectTarget.normalized(right)
            {
                if let position = located.redirectQuery ?? positions[ApproximationCode.redirectQuery]?.first { return findings[position] }
            }
        }
        if isTwoLabelsBelowAWildcard(host) {
            if let finding = first(ApproximationCode.wildcardDepth, host: host) { return finding }
        }
        return nil
    }

    /// The first located findings at `locations` and the `shared` ones, which are worked out
    /// once per list.
    private mutating func firsts(_ locations: Set<SourceLocation>, shared: SharedSourceLocations?) -> LocatedFirsts {
        var result = firsts(locations)
        guard let shared else { return result }
        let key = ObjectIdentifier(shared)
        if sharedFirsts[key] == nil { sharedFirsts[key] = (shared, firsts(Set(shared.locations))) }
        let sharedResult = sharedFirsts[key]!.firsts
        result.local = [result.local, sharedResult.local].compactMap { $0 }.min()
        result.redirectQuery = [result.redirectQuery, sharedResult.redirectQuery].compactMap { $0 }.min()
        return result
    }

    private func firsts(_ locations: Set<SourceLocation>) -> LocatedFirsts {
        let code = ApproximationCode.redirectQuery
        return LocatedFirsts(
            local: locations.compactMap { firstAt[$0] }.min(),
            redirectQuery: locations.compactMap { firstOfCodeAt[CodeAndLocation(code: code, location: $0)] }.min())
    }

    /// The first finding of `code` whose message names `host`, else the first of `code`.
    private mutating func first(_ code: String, host: String) -> Finding? {
        let key = CodeAndHost(code: code, host: host)
        if let known = chosenForHost[key] { return known.map { findings[$0] } }
        let candidates = positions[code] ?? []
        let chosen = candidates.first { findings[$0].message.contains(host) } ?? candidates.first
        chosenForHost[key] = chosen
        return chosen.map { findings[$0] }
    }

    /// Whether a wildcard host's ending `.example.com` ends `host` after two or more labels.
    /// Such an ending starts with `.`, so only the host's endings at its dots are looked up.
    private func isTwoLabelsBelowAWildcard(_ host: String) -> Bool {
        var position = host.startIndex
        while let dot = host[position...].firstIndex(of: ".") {
            if let found = wildcardSuffixes.firstIndex(of: String(host[dot...])) {
                let suffix = wildcardSuffixes[found]
                if host.hasSuffix(suffix) && host.dropLast(suffix.count).contains(".") { return true }
            }
            position = host.index(after: dot)
        }
        return false
    }

    /// `https://h/a` against `https://h/a/` (and `https://h` against `https://h/`).
    static func differsByTrailingSlash(_ nginx: String, _ gateway: String) -> Bool {
        let split = { (text: String) -> (String, String) in
            guard let mark = text.firstIndex(of: "?") else { return (text, "") }
            return (String(text[..<mark]), String(text[mark...]))
        }
        let (nginxPath, nginxQuery) = split(RedirectTarget.normalized(nginx))
        let (gatewayPath, gatewayQuery) = split(RedirectTarget.normalized(gateway))
        return nginxQuery == gatewayQuery && gatewayPath.hasSuffix("/") && String(gatewayPath.dropLast()) == nginxPath
    }

    /// No listener on the port speaks HTTPS, or none takes the host.
    static func hasNoHTTPSListener(_ outcome: RoutingOutcome) -> Bool {
        switch outcome {
        case .refused: true
        case .response(404, let reason, _): reason.hasPrefix("no listener")
        default: false
        }
    }
}
