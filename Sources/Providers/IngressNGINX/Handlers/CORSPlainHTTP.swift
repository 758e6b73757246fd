import MigrationCore

/// CORS on the plain-HTTP side of a host that redirects to HTTPS.
///
/// The controller's CORS block runs in nginx's rewrite phase, before the HTTPS redirect (which
/// Lua sends at the end of that phase): on plain HTTP, an `OPTIONS` request that gets the CORS
/// headers (every one with the default origin `*`, one from an allowed origin otherwise) is
/// answered 204 by the controller, and only the other requests are redirected. A Gateway's
/// plain-HTTP route redirects them all, and browsers refuse a preflight that is redirected,
/// so cross-origin calls to `http://` URLs of those paths fail. Reported once per Ingress, at
/// its `enable-cors`.
enum CORSPlainHTTP {
    static func report(_ ir: TranslationIR, settings: [IngressSettings], findings: inout FindingList) {
        let enabling = settings.map { !$0.isCanary && $0.annotation("enable-cors") != nil }
        guard enabling.contains(true) else { return }
        var reported = Set<Int>()
        for group in ir.groups.values {
            for rule in group.rules where enabling[rule.source.ingressIndex] && !reported.contains(rule.source.ingressIndex) {
                guard case .redirectToHTTPS = rule.plainHTTP, rule.filters.contains(where: \.isCORS) else { continue }
                let index = rule.source.ingressIndex
                reported.insert(index)
                guard let annotation = settings[index].annotation("enable-cors") else { continue }
                findings.add(
                    Finding(
                        .nginxCORSPlainHTTP, provider: "ingress-nginx", object: settings[index].ingress.ref, at: annotation.location,
                        message: "\(annotation.key): on plain HTTP, ingress-nginx answered the OPTIONS requests that get CORS headers with 204 itself and redirected only the others to HTTPS; the Gateway redirects them all, and browsers refuse a redirected preflight, so cross-origin calls to http:// URLs of these paths fail",
                        hint: "call these paths with https:// URLs"))
            }
        }
    }
}

extension HTTPRouteFilter {
    /// Whether the filter is a CORS filter.
    fileprivate var isCORS: Bool {
        if case .cors = self { return true }
        return false
    }
}
