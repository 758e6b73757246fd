import MigrationCore
import Testing
import Verify

/// Hosts, default backends and Ingress order in the ingress-nginx engine, each test citing the
/// ingress-nginx documentation it follows.
@Suite struct NGINXServerTests {
    typealias T = NGINXTestSupport

    /// docs/user-guide/default-backend.md: "The default backend is a service which handles all
    /// URL paths and hosts the nginx controller doesn't understand" — `/` answers 404.
    @Test func unknownHostGetsTheDefaultBackend() throws {
        let engine = try T.engine(T.ingress("web", host: "a.example.com", paths: [("/", "Prefix", "web")]))
        #expect(T.send(engine, "/", host: "unknown.example.org") == .response(statusCode: 404, reason: "the controller's default backend"))
        #expect(T.backend(T.send(engine, "/x", host: "A.Example.COM:8080")) == "web", "host names compare lower-cased, without the port")
    }

    /// docs/user-guide/basic-usage.md and the Ingress spec: an Ingress with only a
    /// `defaultBackend` takes over every request no rule matches; the first such Ingress wins.
    @Test func catchAllDefaultBackendFirstIngressWins() throws {
        let yaml = T.ingress("first", host: nil, paths: [], defaultBackend: "fallback")
            + T.ingress("second", host: nil, paths: [], created: "2024-02-01T00:00:00Z", defaultBackend: "later")
            + T.ingress("web", host: "a.example.com", paths: [("/app", "Prefix", "app")])
        let engine = try T.engine(yaml)
        #expect(T.backend(T.send(engine, "/anything", host: "nobody.example.org")) == "fallback")
        #expect(T.send(engine, "/other", host: "a.example.com").statusCode == 404, "a host without / goes to its creator's default backend")
    }

    /// The Ingress spec's `defaultBackend` "handles requests that don't match any rule": in
    /// ingress-nginx, only on the hosts its own Ingress created.
    @Test func defaultBackendServesHostsItsIngressCreated() throws {
        let yaml = T.ingress("older", host: "a.example.com", paths: [("/a", "Prefix", "a")])
            + T.ingress("newer", host: "a.example.com", paths: [("/b", "Prefix", "b")], created: "2024-03-01T00:00:00Z", defaultBackend: "newer-default")
            + T.ingress("own", host: "b.example.com", paths: [("/b", "Prefix", "b")], created: "2024-03-01T00:00:00Z", defaultBackend: "own-default")
        let engine = try T.engine(yaml)
        #expect(T.send(engine, "/zzz", host: "a.example.com").statusCode == 404, "a.example.com was created by the older Ingress")
        #expect(T.backend(T.send(engine, "/zzz", host: "b.example.com")) == "own-default")
    }

    /// docs/user-guide/ingress-path-matching.md ("Regular expressions and wild cards are not
    /// supported in the spec.rules.host field") — a `*.` host still works as a server name
    /// that ingress-nginx writes as a regular expression for exactly one label.
    @Test func wildcardHostMatchesOneLabel() throws {
        let engine = try T.engine(T.ingress("web", host: "\"*.example.com\"", paths: [("/", "Prefix", "wild")]))
        #expect(T.backend(T.send(engine, "/", host: "a.example.com")) == "wild")
        #expect(T.send(engine, "/", host: "a.b.example.com").statusCode == 404)
        #expect(T.send(engine, "/", host: "example.com").statusCode == 404)
    }

    /// docs/user-guide/multiple-ingress.md and the controller's merge rule: Ingresses for one
    /// host merge into one server, oldest first; the same path and type in a later Ingress
    /// is ignored. Ties in creation time go by `namespace/name` descending.
    @Test func oldestIngressWinsADuplicatePath() throws {
        let yaml = T.ingress("b-newer", host: "a.example.com", paths: [("/x", "Prefix", "newer")], created: "2024-05-01T00:00:00Z")
            + T.ingress("a-older", host: "a.example.com", paths: [("/x", "Prefix", "older")], created: "2024-04-01T00:00:00Z")
            + T.ingress("tie-a", host: "t.example.com", paths: [("/x", "Prefix", "tie-a")], created: "2024-04-01T00:00:00Z")
            + T.ingress("tie-b", host: "t.example.com", paths: [("/x", "Prefix", "tie-b")], created: "2024-04-01T00:00:00Z")
        let engine = try T.engine(yaml)
        #expect(T.backend(T.send(engine, "/x", host: "a.example.com")) == "older")
        #expect(T.backend(T.send(engine, "/x", host: "t.example.com")) == "tie-b", "default/tie-b sorts before default/tie-a")
    }

    /// A path `/` replaces the implicit root of a host, whichever Ingress created the host.
    @Test func rootPathReplacesTheImplicitRoot() throws {
        let yaml = T.ingress("creator", host: "a.example.com", paths: [("/a", "Prefix", "a")], defaultBackend: "creator-default")
            + T.ingress("root", host: "a.example.com", paths: [("/", "Prefix", "root")], created: "2024-06-01T00:00:00Z")
        let engine = try T.engine(yaml)
        #expect(T.backend(T.send(engine, "/zzz", host: "a.example.com")) == "root")
    }

    /// Canary Ingresses (annotations.md, "Canary") create no host or path of their own.
    @Test func canaryIngressCreatesNothing() throws {
        let yaml = T.ingress("canary", host: "c.example.com", paths: [("/", "Prefix", "canary")], annotations: ["nginx.ingress.kubernetes.io/canary": "true"])
        let engine = try T.engine(yaml)
        #expect(T.send(engine, "/", host: "c.example.com").statusCode == 404)
    }
}
