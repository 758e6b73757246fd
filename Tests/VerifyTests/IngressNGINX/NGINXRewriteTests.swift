import MigrationCore
import Testing
import Verify

/// Regex mode, `rewrite-target`, `x-forwarded-prefix` and `app-root`, following ingress-nginx's
/// docs/examples/rewrite/README.md, annotations.md ("Rewrite", "Use Regex", "X-Forwarded-Prefix
/// Header") and docs/user-guide/ingress-path-matching.md.
@Suite struct NGINXRewriteTests {
    typealias T = NGINXTestSupport
    static let rewriteAnnotations = ["nginx.ingress.kubernetes.io/use-regex": "true", "nginx.ingress.kubernetes.io/rewrite-target": "/$2"]

    /// examples/rewrite: "`rewrite.bar.com/something` rewrites to `rewrite.bar.com/`,
    /// `/something/` rewrites to `/`, `/something/new` rewrites to `/new`". nginx's
    /// `rewrite` keeps the query string.
    @Test func captureGroupsReplaceTheWholePath() throws {
        let engine = try T.engine(T.ingress("rewrite", host: "rewrite.bar.com", paths: [("/something(/|$)(.*)", "ImplementationSpecific", "http-svc")], annotations: Self.rewriteAnnotations))
        #expect(T.upstreamPath(T.send(engine, "/something", host: "rewrite.bar.com")) == "/")
        #expect(T.upstreamPath(T.send(engine, "/something/", host: "rewrite.bar.com")) == "/")
        #expect(T.upstreamPath(T.send(engine, "/something/new?x=1", host: "rewrite.bar.com")) == "/new?x=1")
        #expect(T.upstreamPath(T.send(engine, "/SOMETHING/New", host: "rewrite.bar.com")) == "/New", "the location and the rewrite are case-insensitive")
        #expect(T.send(engine, "/somethingelse", host: "rewrite.bar.com").statusCode == 404, "(/|$) needs a slash or the end")
    }

    /// "Use Regex": with `rewrite-target` on any Ingress of a host, the case-insensitive
    /// regex modifier is enforced "on ALL paths for a given host regardless of what Ingress
    /// they are defined on" — an `Exact` path of another Ingress then matches as a prefix.
    @Test func rewriteTargetPutsTheWholeHostInRegexMode() throws {
        let yaml = T.ingress("api", host: "shop.example.com", paths: [("/api(/|$)(.*)", "ImplementationSpecific", "api")], annotations: ["nginx.ingress.kubernetes.io/rewrite-target": "/$2"])
            + T.ingress("site", host: "shop.example.com", paths: [("/health", "Exact", "health"), ("/", "Prefix", "site")], created: "2024-02-01T00:00:00Z")
        let engine = try T.engine(yaml)
        #expect(T.backend(T.send(engine, "/HEALTHZ", host: "shop.example.com")) == "health")
        #expect(T.upstreamPath(T.send(engine, "/health/x", host: "shop.example.com")) == "/health/x", "only the rewriting location rewrites")
        #expect(T.upstreamPath(T.send(engine, "/api/v1/orders", host: "shop.example.com")) == "/v1/orders")
    }

    /// A target without captures replaces the whole path of every request of the location.
    @Test func targetWithoutCapturesReplacesThePath() throws {
        let engine = try T.engine(T.ingress("legacy", host: "legacy.example.com", paths: [("/old", "Prefix", "legacy")], annotations: ["nginx.ingress.kubernetes.io/rewrite-target": "/index.html"]))
        #expect(T.upstreamPath(T.send(engine, "/old/deeper?a=b", host: "legacy.example.com")) == "/index.html?a=b")
        #expect(T.upstreamPath(T.send(engine, "/oldest", host: "legacy.example.com")) == "/index.html", "regex mode matches by characters")
    }

    /// "X-Forwarded-Prefix Header": the header is added to the upstream request — only where
    /// the location rewrites (the template writes it with the rewrite).
    @Test func xForwardedPrefixOnlyWithARewrite() throws {
        let yaml = T.ingress("api", host: "a.example.com", paths: [("/api(/|$)(.*)", "ImplementationSpecific", "api")], annotations: ["nginx.ingress.kubernetes.io/rewrite-target": "/$2", "nginx.ingress.kubernetes.io/x-forwarded-prefix": "/api"])
            + T.ingress("plain", host: "b.example.com", paths: [("/", "Prefix", "plain")], annotations: ["nginx.ingress.kubernetes.io/x-forwarded-prefix": "/p"])
        let engine = try T.engine(yaml)
        guard case .forwarded(let rewritten) = T.send(engine, "/api/x", host: "a.example.com"),
            case .forwarded(let plain) = T.send(engine, "/x", host: "b.example.com")
        else {
            Issue.record("not forwarded")
            return
        }
        #expect(rewritten.shares[0].upstream.headers.value("X-Forwarded-Prefix") == "/api")
        #expect(plain.shares[0].upstream.headers.value("X-Forwarded-Prefix") == nil)
    }

    /// examples/rewrite, "App Root": a request for `/` is redirected (302) to the app root,
    /// whichever location of the host carries the annotation, before the HTTPS redirect.
    @Test func appRootRedirectsOnlyTheRoot() throws {
        let yaml = T.ingress("app", host: "app.example.com", paths: [("/api", "Prefix", "api")], annotations: ["nginx.ingress.kubernetes.io/app-root": "/app1"], tls: ["app.example.com"])
        let engine = try T.engine(yaml)
        #expect(T.send(engine, "/?x=1", host: "app.example.com") == .redirect(statusCode: 302, location: "http://app.example.com/app1"))
        #expect(T.send(engine, "/", host: "app.example.com:8443", scheme: .https) == .redirect(statusCode: 302, location: "https://app.example.com:8443/app1"))
        #expect(T.send(engine, "/api", host: "app.example.com").statusCode == 308)
    }
}

/// When regex mode itself chose a request's location (ingress-path-matching.md: regex
/// locations are case-insensitive and match by characters), the decision names the
/// annotation that put the host in regex mode, so the translation's regex-mode finding can
/// explain a difference; otherwise it does not.
@Suite struct NGINXRegexModeDecisionTests {
    typealias T = NGINXTestSupport

    @Test func regexModeIsNamedOnlyWhenItChose() throws {
        let manifests = try T.parse(
            T.ingress("api", host: "shop.example.com", paths: [("/api(/|$)(.*)", "ImplementationSpecific", "api")], annotations: ["nginx.ingress.kubernetes.io/rewrite-target": "/$2"])
                + T.ingress("site", host: "shop.example.com", paths: [("/health", "Exact", "health"), ("/", "Prefix", "site")], created: "2024-02-01T00:00:00Z"))
        let engine = IngressNGINXEngine(ingresses: manifests.ingresses)
        let trigger = try #require(manifests.ingresses.first { $0.meta.name == "api" }?.meta.annotation("nginx.ingress.kubernetes.io/rewrite-target"))
        func names(_ path: String) -> Bool { engine.route(ProbeRequest(host: "shop.example.com", target: path)).locations.contains(trigger.location) }
        #expect(names("/API/x"), "only case-insensitive matching took /API/x to the api location")
        #expect(names("/health/x"), "an Exact path matched a longer path")
        #expect(names("/healthy"), "a plain path matched inside a path element")
        #expect(!names("/api/x"))
        #expect(!names("/health"))
    }
}
