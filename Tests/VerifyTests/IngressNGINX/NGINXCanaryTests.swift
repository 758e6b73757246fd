import MigrationCore
import Testing
import Verify

/// Canary Ingresses, following ingress-nginx's annotations.md, "Canary" ("Canary rules are
/// evaluated in order of precedence ... canary-by-header -> canary-by-cookie ->
/// canary-weight") and the controller's merge of a canary into the primary's upstream.
@Suite struct NGINXCanaryTests {
    typealias T = NGINXTestSupport
    static let prefix = "nginx.ingress.kubernetes.io/"

    static func engine(_ canary: [String: String], canaryPath: String = "/checkout", extra: String = "") throws -> IngressNGINXEngine {
        var annotations = canary
        annotations[prefix + "canary"] = "true"
        return try T.engine(
            T.ingress("checkout", host: "shop.example.com", paths: [("/checkout", "Prefix", "v1")])
                + T.ingress("checkout-canary", host: "shop.example.com", paths: [(canaryPath, "Prefix", "v2")], created: "2024-02-01T00:00:00Z", annotations: annotations)
                + extra)
    }

    static func shares(_ outcome: RoutingOutcome) -> [String: Int] {
        guard case .forwarded(let forwarding) = outcome else { return [:] }
        var result: [String: Int] = [:]
        for share in forwarding.shares { if case .service(let service) = share.target { result[service.name] = share.weight } }
        return result
    }

    /// "canary-weight: The integer based (0 - <weight-total>) percent of random requests":
    /// the outcome is the weighted pair; 0 sends nothing, the total sends everything.
    @Test func weightSplitsTraffic() throws {
        #expect(Self.shares(T.send(try Self.engine([Self.prefix + "canary-weight": "20"]), "/checkout/x", host: "shop.example.com")) == ["v1": 80, "v2": 20])
        #expect(Self.shares(T.send(try Self.engine([Self.prefix + "canary-weight": "0"]), "/checkout", host: "shop.example.com")) == ["v1": 1])
        let total = [Self.prefix + "canary-weight": "250", Self.prefix + "canary-weight-total": "1000"]
        #expect(Self.shares(T.send(try Self.engine(total), "/checkout", host: "shop.example.com")) == ["v1": 750, "v2": 250])
        #expect(Self.shares(T.send(try Self.engine([Self.prefix + "canary-weight": "100"]), "/checkout", host: "shop.example.com")) == ["v2": 1])
    }

    /// "canary-by-header": `always` routes to the canary, `never` never does, any other value
    /// falls through to the cookie and the weight.
    @Test func headerAlwaysNeverAndFallThrough() throws {
        let engine = try Self.engine([Self.prefix + "canary-by-header": "X-Canary", Self.prefix + "canary-by-cookie": "canary", Self.prefix + "canary-weight": "30"])
        func send(_ headers: [HTTPHeader]) -> [String: Int] { Self.shares(T.send(engine, "/checkout", host: "shop.example.com", headers: headers)) }
        #expect(send([HTTPHeader("x-canary", "always")]) == ["v2": 1])
        #expect(send([HTTPHeader("X-Canary", "never"), HTTPHeader("Cookie", "canary=always")]) == ["v1": 1], "never stops before the cookie")
        #expect(send([HTTPHeader("X-Canary", "maybe"), HTTPHeader("Cookie", "a=b; canary=always")]) == ["v2": 1])
        #expect(send([HTTPHeader("Cookie", "canary=never")]) == ["v1": 1])
        #expect(send([HTTPHeader("Cookie", "canary=other")]) == ["v1": 70, "v2": 30])
    }

    /// "canary-by-header-value": only that value routes to the canary; another value is
    /// ignored (not `never`). "canary-by-header-pattern": PCRE matching, ignored when a value
    /// is set.
    @Test func headerValueAndPattern() throws {
        let value = try Self.engine([Self.prefix + "canary-by-header": "X-Region", Self.prefix + "canary-by-header-value": "eu-west", Self.prefix + "canary-by-header-pattern": "^us"])
        #expect(Self.shares(T.send(value, "/checkout", host: "shop.example.com", headers: [HTTPHeader("X-Region", "eu-west")])) == ["v2": 1])
        #expect(Self.shares(T.send(value, "/checkout", host: "shop.example.com", headers: [HTTPHeader("X-Region", "us-east")])) == ["v1": 1])
        let pattern = try Self.engine([Self.prefix + "canary-by-header": "X-Region", Self.prefix + "canary-by-header-pattern": "west"])
        #expect(Self.shares(T.send(pattern, "/checkout", host: "shop.example.com", headers: [HTTPHeader("X-Region", "eu-west-1")])) == ["v2": 1], "the pattern matches anywhere")
        #expect(Self.shares(T.send(pattern, "/checkout", host: "shop.example.com", headers: [HTTPHeader("X-Region", "EU-WEST")])) == ["v1": 1])
    }

    /// The canary attaches to the primary's Service (its upstream), so every path proxying
    /// to that Service gets it; a canary whose host and path match no primary location is
    /// dropped, and a canary Ingress creates no location of its own.
    @Test func canaryFollowsThePrimaryUpstream() throws {
        let sharing = T.ingress("other", host: "other.example.com", paths: [("/buy", "Prefix", "v1")], created: "2024-03-01T00:00:00Z")
        let engine = try Self.engine([Self.prefix + "canary-weight": "50"], extra: sharing)
        #expect(Self.shares(T.send(engine, "/buy", host: "other.example.com")) == ["v1": 50, "v2": 50])
        let orphan = try Self.engine([Self.prefix + "canary-weight": "50"], canaryPath: "/missing")
        #expect(Self.shares(T.send(orphan, "/checkout", host: "shop.example.com")) == ["v1": 1])
        #expect(T.send(orphan, "/missing", host: "shop.example.com").statusCode == 404)
    }

    /// A canary `defaultBackend` merges into the catch-all server's locations up to the first
    /// one proxying to its own upstream; each primary keeps the first canary that reaches it.
    /// A later canary's scan goes on past where an earlier one stopped.
    @Test func defaultBackendCanariesTakeTheLocationsLeftToThem() throws {
        let weight = [Self.prefix + "canary": "true", Self.prefix + "canary-weight": "50"]
        let primaries = T.ingress("a", host: nil, paths: [("/a", "Prefix", "a")])
            + T.ingress("b", host: nil, paths: [("/b", "Prefix", "b")], created: "2024-01-02T00:00:00Z")
            + T.ingress("c", host: nil, paths: [("/c", "Prefix", "c")], created: "2024-01-03T00:00:00Z")
        let stopsAtC = T.ingress("first", host: nil, paths: [], created: "2024-02-01T00:00:00Z", annotations: weight, defaultBackend: "c")
        let scansAll = T.ingress("second", host: nil, paths: [], created: "2024-02-02T00:00:00Z", annotations: weight, defaultBackend: "d")
        let engine = try T.engine(primaries + stopsAtC + scansAll)
        #expect(Self.shares(T.send(engine, "/a", host: "any.example.com")) == ["a": 50, "c": 50])
        #expect(Self.shares(T.send(engine, "/b", host: "any.example.com")) == ["b": 50, "c": 50])
        #expect(Self.shares(T.send(engine, "/c", host: "any.example.com")) == ["c": 50, "d": 50])
        let reversed = try T.engine(
            primaries + T.ingress("first", host: nil, paths: [], created: "2024-02-03T00:00:00Z", annotations: weight, defaultBackend: "c")
                + scansAll)
        for path in ["/a", "/b", "/c"] {
            #expect(Self.shares(T.send(reversed, path, host: "any.example.com"))["d"] == 50, "\(path)")
        }
    }
}
