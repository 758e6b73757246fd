import MigrationCore
import Testing
import Verify

/// Redirect annotations, following ingress-nginx's annotations.md ("Permanent Redirect",
/// "Permanent Redirect Code", "Temporal Redirect", "Temporal Redirect Code", "Redirect
/// from/to www") and nginx's `return` directive.
@Suite struct NGINXRedirectTests {
    typealias T = NGINXTestSupport
    static let prefix = "nginx.ingress.kubernetes.io/"

    /// "permanent-redirect: https://www.google.com would redirect everything to Google": the
    /// request's path is not appended, and the redirect comes before the HTTPS redirect.
    @Test func permanentRedirectSendsEverythingToTheURL() throws {
        let engine = try T.engine(T.ingress("moved", host: "old.example.com", paths: [("/", "Prefix", "unused")], annotations: [Self.prefix + "permanent-redirect": "https://new.example.com/landing"], tls: ["old.example.com"]))
        #expect(T.send(engine, "/a/b?c=d", host: "old.example.com") == .redirect(statusCode: 301, location: "https://new.example.com/landing"))
        #expect(T.send(engine, "/", host: "old.example.com", scheme: .https) == .redirect(statusCode: 301, location: "https://new.example.com/landing"))
    }

    /// "Permanent Redirect Code" ('308' returns a 308); a code outside 300–308 keeps 301.
    @Test func permanentRedirectCode() throws {
        let code308 = try T.engine(T.ingress("m", host: "a.example.com", paths: [("/", "Prefix", "x")], annotations: [Self.prefix + "permanent-redirect": "https://b.example.com", Self.prefix + "permanent-redirect-code": "308"]))
        #expect(T.send(code308, "/", host: "a.example.com") == .redirect(statusCode: 308, location: "https://b.example.com"))
        let invalid = try T.engine(T.ingress("m", host: "a.example.com", paths: [("/", "Prefix", "x")], annotations: [Self.prefix + "permanent-redirect": "https://b.example.com", Self.prefix + "permanent-redirect-code": "404"]))
        #expect(T.send(invalid, "/", host: "a.example.com").statusCode == 301)
    }

    /// "Temporal Redirect" (302, "Temporal Redirect Code" up to 307) wins over a permanent
    /// redirect on the same Ingress; nginx sends a `Location` only for 301–303, 307 and 308,
    /// so a 300 answers with the URL as text.
    @Test func temporalRedirectWins() throws {
        let both = [Self.prefix + "permanent-redirect": "https://p.example.com", Self.prefix + "temporal-redirect": "https://t.example.com/down"]
        let engine = try T.engine(T.ingress("m", host: "a.example.com", paths: [("/x", "Prefix", "x")], annotations: both))
        #expect(T.send(engine, "/x/y", host: "a.example.com") == .redirect(statusCode: 302, location: "https://t.example.com/down"))
        #expect(T.send(engine, "/other", host: "a.example.com") == .redirect(statusCode: 302, location: "https://t.example.com/down"), "the implicit root carries the annotations too")
        var code300 = both
        code300[Self.prefix + "temporal-redirect-code"] = "300"
        let text = try T.engine(T.ingress("m", host: "a.example.com", paths: [("/x", "Prefix", "x")], annotations: code300))
        guard case .response(300, _, _) = T.send(text, "/x", host: "a.example.com") else {
            Issue.record("a 300 is not a redirect with a Location")
            return
        }
    }

    /// "Redirect from/to www": the host `example.com` with the annotation makes
    /// `www.example.com` redirect to it (the controller's `http-redirect-code`, scheme and
    /// URI kept, the port the request came to named, one trailing `/` removed); a host of
    /// its own with the other name is left alone.
    @Test func fromToWWWRedirect() throws {
        let yaml = T.ingress("site", host: "example.com", paths: [("/", "Prefix", "site")], annotations: [Self.prefix + "from-to-www-redirect": "true"])
            + T.ingress("shop", host: "www.shop.example.com", paths: [("/", "Prefix", "shop")], annotations: [Self.prefix + "from-to-www-redirect": "true"])
            + T.ingress("bare", host: "shop.example.com", paths: [("/", "Prefix", "bare")])
        let engine = try T.engine(yaml)
        #expect(T.send(engine, "/a/b/?q=1", host: "www.example.com") == .redirect(statusCode: 308, location: "http://example.com:80/a/b/?q=1"))
        #expect(T.send(engine, "/docs/", host: "WWW.example.com", scheme: .https) == .redirect(statusCode: 308, location: "https://example.com:443/docs"))
        #expect(T.backend(T.send(engine, "/", host: "shop.example.com")) == "bare")
        #expect(T.backend(T.send(engine, "/", host: "example.com")) == "site")
    }

    /// nginx `location`: a prefix location ending in `/` answers the same path without the
    /// slash with a 301 — the Ingress's `/docs/` gets it; a host in regex mode does not.
    @Test func automaticTrailingSlashRedirect() throws {
        let engine = try T.engine(T.ingress("docs", host: "d.example.com", paths: [("/docs/", "Prefix", "docs")]))
        #expect(T.send(engine, "/docs", host: "d.example.com") == .redirect(statusCode: 301, location: "http://d.example.com/docs/"))
        let regex = try T.engine(T.ingress("docs", host: "d.example.com", paths: [("/docs/", "Prefix", "docs")], annotations: [Self.prefix + "use-regex": "true"]))
        #expect(T.send(regex, "/docs", host: "d.example.com").statusCode == 404)
    }
}
