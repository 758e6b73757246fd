import MigrationCore
import Testing
import Verify

/// CORS, following ingress-nginx's annotations.md, "Enable CORS" (the keys and their
/// defaults) and the CORS block of the controller's nginx template (preflights answered 204
/// by the controller).
@Suite struct NGINXCORSTests {
    typealias T = NGINXTestSupport
    static let prefix = "nginx.ingress.kubernetes.io/"

    static func headers(_ outcome: RoutingOutcome) -> [String: String] {
        switch outcome {
        case .forwarded(let forwarding):
            var list = HeaderList()
            for edit in forwarding.responseHeaderEdits { list.apply(edit) }
            return list.normalized
        case .response(_, _, let headers): return HeaderList(headers).normalized
        default: return [:]
        }
    }

    /// With only `enable-cors`, every origin is allowed (`*`) with the documented defaults,
    /// credentials included, and an `OPTIONS` request is answered 204.
    @Test func defaultsAllowEveryOrigin() throws {
        let engine = try T.engine(T.ingress("api", host: "api.example.com", paths: [("/", "Prefix", "api")], annotations: [Self.prefix + "enable-cors": "true"]))
        let preflight = T.send(engine, "/x", host: "api.example.com", method: "OPTIONS", headers: [HTTPHeader("Origin", "https://a.example"), HTTPHeader("Access-Control-Request-Method", "PUT")])
        #expect(preflight.statusCode == 204)
        #expect(Self.headers(preflight) == [
            "access-control-allow-origin": "*", "access-control-allow-credentials": "true",
            "access-control-allow-methods": "GET, PUT, POST, DELETE, PATCH, OPTIONS",
            "access-control-allow-headers": "DNT,Keep-Alive,User-Agent,X-Requested-With,If-Modified-Since,Cache-Control,Content-Type,Range,Authorization",
            "access-control-max-age": "1728000",
        ])
        let simple = T.send(engine, "/x", host: "api.example.com")
        #expect(T.backend(simple) == "api")
        #expect(Self.headers(simple)["access-control-allow-origin"] == "*")
    }

    /// `cors-allow-origin` lists origins, `*.` standing for one label; a matching origin is
    /// echoed, another gets no CORS headers and its `OPTIONS` request reaches the backend.
    @Test func originListEchoesAllowedOrigins() throws {
        let engine = try T.engine(
            T.ingress("api", host: "api.example.com", paths: [("/", "Prefix", "api")], annotations: [
                Self.prefix + "enable-cors": "true", Self.prefix + "cors-allow-origin": "https://app.example.com, https://*.example.org",
                Self.prefix + "cors-allow-credentials": "false", Self.prefix + "cors-max-age": "600", Self.prefix + "cors-expose-headers": "X-Request-Id",
            ]))
        let allowed = T.send(engine, "/", host: "api.example.com", headers: [HTTPHeader("Origin", "https://shop.example.org")])
        #expect(Self.headers(allowed)["access-control-allow-origin"] == "https://shop.example.org")
        #expect(Self.headers(allowed)["access-control-allow-credentials"] == nil)
        #expect(Self.headers(allowed)["access-control-expose-headers"] == "X-Request-Id")
        let deep = T.send(engine, "/", host: "api.example.com", headers: [HTTPHeader("Origin", "https://a.b.example.org")])
        #expect(Self.headers(deep).isEmpty, "the wildcard is one label")
        let preflight = T.send(engine, "/", host: "api.example.com", method: "OPTIONS", headers: [HTTPHeader("Origin", "https://evil.example.net")])
        #expect(T.backend(preflight) == "api")
    }

    /// The CORS block runs before the HTTPS redirect: a preflight over plain HTTP to a TLS
    /// host is answered, not redirected.
    @Test func preflightComesBeforeTheHTTPSRedirect() throws {
        let engine = try T.engine(T.ingress("api", host: "api.example.com", paths: [("/", "Prefix", "api")], annotations: [Self.prefix + "enable-cors": "true"], tls: ["api.example.com"]))
        #expect(T.send(engine, "/", host: "api.example.com", method: "OPTIONS", headers: [HTTPHeader("Origin", "https://a.example")]).statusCode == 204)
        #expect(T.send(engine, "/", host: "api.example.com").statusCode == 308)
    }
}
