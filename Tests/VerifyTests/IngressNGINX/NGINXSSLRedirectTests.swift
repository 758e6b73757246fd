import MigrationCore
import Testing
import Verify

/// The HTTPS redirect, following ingress-nginx's
/// docs/user-guide/nginx-configuration/annotations.md#server-side-https-enforcement-through-redirect
/// ("By default the controller redirects (308) to HTTPS if TLS is enabled for that ingress")
/// and docs/user-guide/nginx-configuration/configmap.md (`no-tls-redirect-locations`,
/// `http-redirect-code`, `preserve-trailing-slash`).
@Suite struct NGINXSSLRedirectTests {
    typealias T = NGINXTestSupport

    static let tlsHost = T.ingress("web", host: "secure.example.com", paths: [("/app", "Prefix", "app")], tls: ["secure.example.com"])

    @Test func tlsHostRedirectsPlainHTTPWith308() throws {
        let engine = try T.engine(Self.tlsHost)
        #expect(T.send(engine, "/app/x?y=1", host: "secure.example.com") == .redirect(statusCode: 308, location: "https://secure.example.com/app/x?y=1"))
        #expect(T.backend(T.send(engine, "/app/x", host: "secure.example.com", scheme: .https)) == "app")
    }

    /// The implicit root of a TLS host carries the creating Ingress's annotations, so it
    /// redirects too; one trailing `/` is removed from the target.
    @Test func implicitRootRedirectsAndTrailingSlashIsRemoved() throws {
        let engine = try T.engine(Self.tlsHost)
        #expect(T.send(engine, "/", host: "secure.example.com") == .redirect(statusCode: 308, location: "https://secure.example.com"))
        #expect(T.send(engine, "/app/", host: "secure.example.com") == .redirect(statusCode: 308, location: "https://secure.example.com/app"))
        #expect(T.send(engine, "/app/?q", host: "secure.example.com") == .redirect(statusCode: 308, location: "https://secure.example.com/app/?q"))
    }

    /// "This can be disabled ... per-Ingress with the nginx.ingress.kubernetes.io/ssl-redirect:
    /// "false" annotation".
    @Test func sslRedirectFalseServesPlainHTTP() throws {
        let engine = try T.engine(
            T.ingress("web", host: "secure.example.com", paths: [("/app", "Prefix", "app")], annotations: ["nginx.ingress.kubernetes.io/ssl-redirect": "false"], tls: ["secure.example.com"]))
        #expect(T.backend(T.send(engine, "/app", host: "secure.example.com")) == "app")
    }

    /// "force-ssl-redirect: "true"" enforces the redirect "even when there is no TLS certificate".
    @Test func forceSSLRedirectWithoutTLS() throws {
        let engine = try T.engine(
            T.ingress("web", host: "plain.example.com", paths: [("/app", "Prefix", "app")], annotations: ["nginx.ingress.kubernetes.io/force-ssl-redirect": "true"]))
        #expect(T.send(engine, "/app", host: "plain.example.com") == .redirect(statusCode: 308, location: "https://plain.example.com/app"))
        #expect(T.send(engine, "/other", host: "plain.example.com").statusCode == 308, "the implicit root has the same annotations")
    }

    /// configmap.md `no-tls-redirect-locations` (default `/.well-known/acme-challenge`): a
    /// location whose path starts with it is not redirected; requests that only fall into `/`
    /// still are, because the location's path is what is tested.
    @Test func acmeChallengeLocationIsExempt() throws {
        let engine = try T.engine(
            T.ingress("web", host: "secure.example.com", paths: [("/.well-known/acme-challenge", "Prefix", "solver")], tls: ["secure.example.com"])
                + T.ingress("other", host: "other.example.com", paths: [("/", "Prefix", "site")], tls: ["other.example.com"]))
        #expect(T.backend(T.send(engine, "/.well-known/acme-challenge/token", host: "secure.example.com")) == "solver")
        #expect(T.send(engine, "/.well-known/acme-challenge/token", host: "other.example.com").statusCode == 308)
    }

    /// A host without its own certificate is redirected when a `*.` server of its parent
    /// domain has one: the controller's certificate lookup falls back to that wildcard.
    @Test func wildcardCertificateMakesSiblingHostsRedirect() throws {
        let engine = try T.engine(
            T.ingress("wild", host: "\"*.example.com\"", paths: [("/", "Prefix", "wild")], tls: ["\"*.example.com\""])
                + T.ingress("plain", host: "www.example.com", paths: [("/", "Prefix", "www")]))
        #expect(T.send(engine, "/", host: "www.example.com").statusCode == 308)
    }

    /// The controller's own catch-all root never redirects.
    @Test func catchAllNeverRedirects() throws {
        let engine = try T.engine(Self.tlsHost)
        #expect(T.send(engine, "/", host: "unknown.example.org").statusCode == 404)
    }
}
