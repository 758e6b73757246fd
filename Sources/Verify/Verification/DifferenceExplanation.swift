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
struct DifferenceExplanation {
    /// Codes of approximations the ingress-nginx provider reports (it lives in another module).
    enum ApproximationCode {
        static let redirectTrailingSlash = "I2GW-NGINX-REDIRECT-TRAILING-SLASH"
        static let wildcardDepth = "I2GW-NGINX-WILDCARD-DEPTH"
        static let redirectQuery = "I2GW-NGINX-REDIRECT-QUERY"
        static let all = [redirectTrailingSlash, wildcardDepth, redirectQuery]
    }

    let findings: [Finding]
    let wildcardSuffixes: [String]

    init(findings: [Finding], ingresses: [Ingress]) {
        self.findings = findings.filter { !FindingCode.verifyCatalog.contains($0.code) }
        wildcardSuffixes = Array(Set(ingresses.flatMap(\.rules).map { $0.hostName.lowercased() }.filter { $0.hasPrefix("*.") }.map { String($0.dropFirst(1)) })).sorted()
    }

    func explain(_ probe: Probe, reference: RoutingDecision, candidate: RoutingDecision) -> Finding? {
        let host = probe.request.hostname
        if probe.request.scheme == .https, reference.outcome.statusCode != nil, Self.hasNoHTTPSListener(candidate.outcome) {
            if let finding = first(FindingCode.defaultCertificate.id, host: host) ?? first(FindingCode.hostWithoutCertificate.id, host: host) {
                return finding
            }
        }
        let locations = Set(probe.locations + reference.locations)
        let located = { (finding: Finding) in finding.location.map(locations.contains) ?? false }
        if let local = findings.first(where: { located($0) && !ApproximationCode.all.contains($0.code.id) }) { return local }
        if case .redirect(let leftCode, let left) = reference.outcome, case .redirect(let rightCode, let right) = candidate.outcome,
            leftCode == rightCode
        {
            if Self.differsByTrailingSlash(left, right) { return first(ApproximationCode.redirectTrailingSlash, host: host) }
            if let query = probe.request.query, !left.contains("?"),
                RedirectTarget.normalized(left + "?" + query) == RedirectTarget.normalized(right)
            {
                let codes = findings.filter { $0.code.id == ApproximationCode.redirectQuery }
                if let finding = codes.first(where: located) ?? codes.first { return finding }
            }
        }
        if wildcardSuffixes.contains(where: { host.hasSuffix($0) && host.dropLast($0.count).contains(".") }) {
            if let finding = first(ApproximationCode.wildcardDepth, host: host) { return finding }
        }
        return nil
    }

    private func first(_ code: String, host: String) -> Finding? {
        let candidates = findings.filter { $0.code.id == code }
        return candidates.first { $0.message.contains(host) } ?? candidates.first
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
