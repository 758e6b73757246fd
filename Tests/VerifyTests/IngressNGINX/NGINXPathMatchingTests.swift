import MigrationCore
import Testing
import Verify

/// Path matching of the ingress-nginx engine. Each test cites the documentation it follows:
/// ingress-nginx's docs/user-guide/ingress-path-matching.md and the Kubernetes Ingress
/// pathType semantics it builds on, and nginx's `location` directive
/// (https://nginx.org/en/docs/http/ngx_http_core_module.html#location).
@Suite struct NGINXPathMatchingTests {
    typealias T = NGINXTestSupport

    /// ingress-path-matching.md, "Path Priority" (paths ordered by length), with Prefix paths
    /// matched element-wise through the `/p/` + `= /p` pair the controller writes.
    @Test func prefixMatchesWholeElementsAndLongestWins() throws {
        let engine = try T.engine(T.ingress("web", host: "shop.example.com", paths: [("/api", "Prefix", "api"), ("/api/v2", "Prefix", "v2"), ("/", "Prefix", "root")]))
        #expect(T.backend(T.send(engine, "/api", host: "shop.example.com")) == "api")
        #expect(T.backend(T.send(engine, "/api/users", host: "shop.example.com")) == "api")
        #expect(T.backend(T.send(engine, "/api/v2/x", host: "shop.example.com")) == "v2")
        #expect(T.backend(T.send(engine, "/apix", host: "shop.example.com")) == "root", "/apix does not start with the element /api")
        #expect(T.backend(T.send(engine, "/API", host: "shop.example.com")) == "root", "prefix locations are case-sensitive")
    }

    /// Kubernetes pathType `Exact` becomes `location = /p`: only that path, case-sensitively.
    @Test func exactMatchesOnlyThePath() throws {
        let engine = try T.engine(T.ingress("web", host: "a.example.com", paths: [("/login", "Exact", "login")]))
        #expect(T.backend(T.send(engine, "/login", host: "a.example.com")) == "login")
        #expect(T.send(engine, "/login/", host: "a.example.com").statusCode == 404, "the implicit root goes to the default backend")
        #expect(T.send(engine, "/Login", host: "a.example.com").statusCode == 404)
    }

    /// nginx `location`: "If a location is defined by a prefix string that ends with the slash
    /// character, and requests are processed by ... proxy_pass ..., then ... a request with
    /// URI equal to this string, but without the trailing slash, a permanent redirect with
    /// the code 301 will be returned".
    @Test func prefixEndingInSlashRedirectsTheBarePath() throws {
        let engine = try T.engine(T.ingress("web", host: "a.example.com", paths: [("/docs/", "Prefix", "docs")]))
        #expect(T.send(engine, "/docs?page=2", host: "a.example.com") == .redirect(statusCode: 301, location: "http://a.example.com/docs/?page=2"))
        #expect(T.backend(T.send(engine, "/docs/", host: "a.example.com")) == "docs")
        #expect(T.backend(T.send(engine, "/docs/intro", host: "a.example.com")) == "docs")
    }

    /// ingress-nginx treats `ImplementationSpecific` as `Prefix` (docs: ingress-path-matching.md
    /// describes regex only behind `use-regex`; without it paths are prefixes).
    @Test func implementationSpecificIsPrefix() throws {
        let engine = try T.engine(T.ingress("web", host: "a.example.com", paths: [("/app", "ImplementationSpecific", "app")]))
        #expect(T.backend(T.send(engine, "/app/x", host: "a.example.com")) == "app")
        #expect(T.send(engine, "/application", host: "a.example.com").statusCode == 404)
    }

    /// Prefix and Exact on the same path coexist: `= /p` takes the exact request, `/p/` the rest.
    @Test func sameValueDifferentTypesCoexist() throws {
        let yaml = T.ingress("a", host: "a.example.com", paths: [("/p", "Exact", "exact")])
            + T.ingress("b", host: "a.example.com", paths: [("/p", "Prefix", "prefix")], created: "2024-01-02T00:00:00Z")
        let engine = try T.engine(yaml)
        #expect(T.backend(T.send(engine, "/p", host: "a.example.com")) == "exact")
        #expect(T.backend(T.send(engine, "/p/q", host: "a.example.com")) == "prefix")
    }

    /// ingress-path-matching.md, "Path Priority" and "Warning": in regex mode every location is
    /// `~* "^path"`, tried longest first, case-insensitive and anchored only at the start.
    @Test func regexModeIsCaseInsensitiveAndFirstMatch() throws {
        struct UseRegex: NGINXAnnotationStep {
            func configure(_ settings: inout NGINXLocationSettings, from ingress: Ingress, context: NGINXConfigurationContext) {
                settings.rewrite.useRegex = true
            }
            func process(_ processing: inout NGINXRequestProcessing) {}
        }
        let yaml = T.ingress("web", host: "a.example.com", paths: [("/foo/bar/bar", "Prefix", "exact"), ("/foo/bar/[A-Z0-9]{3}", "Prefix", "pattern")])
        let ingresses = try T.ingresses(yaml)
        let engine = IngressNGINXEngine(ingresses: ingresses, steps: [UseRegex()])
        #expect(T.backend(T.send(engine, "/foo/bar/bar", host: "a.example.com")) == "pattern", "the longer pattern is tried first")
        #expect(T.backend(T.send(engine, "/FOO/BAR/BAR/x", host: "a.example.com")) == "pattern")
        #expect(T.send(engine, "/other", host: "a.example.com").statusCode == 404)
    }
}
