import MigrationCore

/// The extra server blocks `from-to-www-redirect` makes (annotations.md, "Redirect from/to
/// www"), and the answer they give.
///
/// For each server (in name order) with a location that sets the annotation, the *other*
/// name (`www.` added, or removed when the host starts with it) gets a server of its own
/// that answers every request, on either scheme, with `http-redirect-code` (308) to
/// `<scheme>://<host>:<port the request came in on><request URI>`, one `/` ending the URI
/// removed. No such server is made when the other name is a host of its own, or for
/// wildcard hosts and the catch-all.
struct NGINXServerNames: Sendable {
    struct Redirect: Sendable {
        /// The host the other name redirects to.
        var target: String
        /// The Ingress whose location set the annotation, and where the annotation is written.
        var ingressIndex: Int?
        var sources: [SourceLocation]
    }

    /// The redirecting servers by the name they answer.
    let redirects: [String: Redirect]

    init(_ servers: [String: NGINXServer]) {
        var redirects: [String: Redirect] = [:]
        for host in servers.keys.sorted() {
            let server = servers[host]!
            guard server.redirectsFromToWWW, host != "_", !host.hasPrefix("*") else { continue }
            let other = host.hasPrefix("www.") ? String(host.dropFirst(4)) : "www." + host
            guard servers[other] == nil, redirects[other] == nil else { continue }
            let carrier = server.locations.first { $0.settings.fromToWWW }
            redirects[other] = Redirect(
                target: host, ingressIndex: carrier?.ingressIndex, sources: carrier?.settings.sources["from-to-www-redirect"] ?? [])
        }
        self.redirects = redirects
    }

    /// The redirect the server of the request's name answers with, if it is one of these.
    func answer(_ request: ProbeRequest, controller: NGINXControllerSettings) -> (RoutingOutcome, Redirect)? {
        guard let redirect = redirects[request.hostname] else { return nil }
        var uri = request.target
        if uri.hasSuffix("/") { uri.removeLast() }
        let location = "\(request.scheme.rawValue)://\(redirect.target):\(request.port)\(uri)"
        return (.redirect(statusCode: controller.httpRedirectCode, location: location), redirect)
    }
}
