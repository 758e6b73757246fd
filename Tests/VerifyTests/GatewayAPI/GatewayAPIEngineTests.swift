import MigrationCore
import Testing
@testable import Verify

/// Engine behaviour the ported conformance cases do not reach, each tied to the sentence of
/// the Gateway API v1.6.1 specification it follows.
@Suite struct GatewayAPIEngineTests {
    static func engine(_ yaml: String) throws -> GatewayAPIEngine {
        var findings = FindingList()
        let manifests = try GatewayAPIManifestParser().parse([SourceFile(path: "test.yaml", bytes: Array(yaml.utf8))], findings: &findings)
        #expect(findings.all.isEmpty, "\(findings.all.map(\.message))")
        return GatewayAPIEngine(GatewayAPIConfiguration(manifests))
    }

    static let gateway = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata: {name: gw, namespace: infra}
        spec:
          gatewayClassName: test
          listeners:
          - {name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}
          - name: https
            port: 443
            protocol: HTTPS
            hostname: secure.example.com
            tls: {certificateRefs: [{name: cert, namespace: app}]}
            allowedRoutes: {namespaces: {from: All}}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: svc, namespace: app}
        spec: {ports: [{port: 80}]}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: other, namespace: app}
        spec: {ports: [{port: 80}]}

        """

    static func route(_ rules: String, hostnames: String = "[]", name: String = "r") -> String {
        """
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: \(name), namespace: app}
        spec:
          parentRefs: [{name: gw, namespace: infra}]
          hostnames: \(hostnames)
          rules:
        \(rules)

        """
    }

    func send(_ engine: GatewayAPIEngine, _ target: String, host: String = "a.example.com", scheme: ProbeRequest.Scheme = .http) -> RoutingOutcome {
        engine.route(ProbeRequest(scheme: scheme, host: host, target: target), gatewayNamespace: "infra", gatewayName: "gw").outcome
    }

    /// "ReplacePrefixMatch": every row of the specification's table of request path, prefix
    /// match, replacement and modified path.
    @Test func replacePrefixMatchTable() {
        let rows: [(String, String, String, String)] = [
            ("/foo/bar", "/foo", "/xyz", "/xyz/bar"), ("/foo/bar", "/foo", "/xyz/", "/xyz/bar"),
            ("/foo/bar", "/foo/", "/xyz", "/xyz/bar"), ("/foo/bar", "/foo/", "/xyz/", "/xyz/bar"),
            ("/foo", "/foo", "/xyz", "/xyz"), ("/foo/", "/foo", "/xyz", "/xyz/"), ("/foo/bar", "/foo", "", "/bar"),
            ("/foo/", "/foo", "", "/"), ("/foo", "/foo", "", "/"), ("/foo/", "/foo", "/", "/"), ("/foo", "/foo", "/", "/"),
        ]
        for (path, prefix, replacement, expected) in rows {
            let result = PathModification.apply(.replacePrefixMatch(replacement), to: path, matched: HTTPRouteMatch(pathType: .pathPrefix, path: prefix))
            #expect(result == expected, "\(path) with prefix \(prefix) and replacement \(replacement)")
        }
    }

    /// "Hostnames that are prefixed with a wildcard label (`*.`) are interpreted as a suffix
    /// match": precedence goes to the route with the longest matching non-wildcard hostname.
    @Test func exactRouteHostnameBeatsWildcardRoute() throws {
        let engine = try Self.engine(
            Self.gateway
                + Self.route("  - backendRefs: [{name: svc, port: 80}]", hostnames: "[\"*.example.com\"]", name: "wild")
                + Self.route("  - matches: [{path: {type: Exact, value: /only}}]\n    backendRefs: [{name: other, port: 80}]", hostnames: "[a.example.com]", name: "exact"))
        #expect(send(engine, "/only").statusCode == 200)
        #expect(send(engine, "/elsewhere").statusCode == 404, "the wildcard route's rules do not compete for a.example.com")
        guard case .forwarded(let forwarding) = send(engine, "/x", host: "b.c.example.com") else {
            Issue.record("b.c.example.com should reach the wildcard route")
            return
        }
        #expect(forwarding.shares.first?.target == .service(BackendService(namespace: "app", name: "svc", port: "80")))
    }

    /// certificateRefs: "References to a resource in different namespace are invalid UNLESS
    /// there is a ReferenceGrant in the target namespace that allows the certificate".
    @Test func certificateInAnotherNamespaceNeedsAGrant() throws {
        let route = Self.route("  - backendRefs: [{name: svc, port: 80}]")
        let withoutGrant = try Self.engine(Self.gateway + route)
        guard case .refused = send(withoutGrant, "/", host: "secure.example.com", scheme: .https) else {
            Issue.record("an HTTPS listener without a permitted certificate cannot answer")
            return
        }
        let grant = """
            ---
            apiVersion: gateway.networking.k8s.io/v1beta1
            kind: ReferenceGrant
            metadata: {name: g, namespace: app}
            spec:
              from: [{group: gateway.networking.k8s.io, kind: Gateway, namespace: infra}]
              to: [{group: "", kind: Secret, name: cert}]

            """
        let withGrant = try Self.engine(Self.gateway + route + grant)
        #expect(send(withGrant, "/", host: "secure.example.com", scheme: .https).statusCode == 200)
    }

    /// "Each Listener ... MUST have a unique combination of Port, Protocol, and ... Hostname";
    /// indistinct listeners are Conflicted and not accepted.
    @Test func conflictedListenersServeNothing() throws {
        let yaml = Self.gateway.replacingOccurrences(
            of: "  - {name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}",
            with: "  - {name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}\n  - {name: http-2, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}")
        let engine = try Self.engine(yaml + Self.route("  - backendRefs: [{name: svc, port: 80}]"))
        guard case .refused = send(engine, "/") else {
            Issue.record("two identical listeners on port 80 leave the port without a usable listener")
            return
        }
    }

    /// RegularExpression path matches: this engine's RE2 dialect is a full, case-sensitive
    /// match and rejects lookaround and backreferences.
    @Test func regularExpressionDialect() throws {
        #expect(RegularExpressionDialect.fullMatch("/api/v[0-9]+", "/api/v12"))
        #expect(!RegularExpressionDialect.fullMatch("/api/v[0-9]+", "/api/v12/users"), "a full match, not a prefix")
        #expect(!RegularExpressionDialect.fullMatch("/API", "/api"), "case-sensitive")
        #expect(!RegularExpressionDialect.isSupported("/(?=x)x"))
        #expect(!RegularExpressionDialect.isSupported("(a)\\1"))
        #expect(!RegularExpressionDialect.isSupported("a*+"))
        #expect(RegularExpressionDialect.isSupported("[a+]+\\.x"))
        let engine = try Self.engine(
            Self.gateway + Self.route("  - matches: [{path: {type: RegularExpression, value: \"/items/[0-9]+\"}}]\n    backendRefs: [{name: svc, port: 80}]"))
        #expect(send(engine, "/items/42").statusCode == 200)
        #expect(send(engine, "/items/42/x").statusCode == 404)
    }

    /// Weights: "If weight is set to 0, no traffic should be forwarded for this entry"; with
    /// every weight 0 no backend is left, and the rule answers 500.
    @Test func allZeroWeightsAnswer500() throws {
        let engine = try Self.engine(Self.gateway + Self.route("  - backendRefs: [{name: svc, port: 80, weight: 0}]"))
        #expect(send(engine, "/").statusCode == 500)
    }

    /// BackendRefs: "If multiple backends are specified, and some are invalid, the proportion
    /// of requests that would otherwise have been routed to an invalid backend MUST receive a
    /// 500 status code."
    @Test func invalidBackendKeepsItsShareAsErrors() throws {
        let engine = try Self.engine(
            Self.gateway + Self.route("  - backendRefs: [{name: svc, port: 80, weight: 3}, {name: missing, port: 80, weight: 1}]"))
        guard case .forwarded(let forwarding) = send(engine, "/") else {
            Issue.record("the valid share is still forwarded")
            return
        }
        #expect(OutcomeComparison.proportions(forwarding.shares) == ["app/svc:80": 3, "answer 500": 1])
    }

    /// "If ties still exist across multiple Routes, matching precedence MUST be determined in
    /// order of: The oldest Route based on creation timestamp. The Route appearing first in
    /// alphabetical order by {namespace}/{name}."
    @Test func tiesGoToTheOldestRouteThenByName() throws {
        func route(_ name: String, _ created: String?, _ backend: String) -> String {
            let timestamp = created.map { ", creationTimestamp: \"\($0)\"" } ?? ""
            return "---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: \(name), namespace: app\(timestamp)}\n"
                + "spec:\n  parentRefs: [{name: gw, namespace: infra}]\n  rules: [{matches: [{path: {type: PathPrefix, value: /x}}], backendRefs: [{name: \(backend), port: 80}]}]\n"
        }
        let byAge = try Self.engine(Self.gateway + route("a-newer", "2024-02-01T00:00:00Z", "svc") + route("z-older", "2024-01-01T00:00:00Z", "other"))
        #expect(OutcomeComparison.proportions(try #require(Self.shares(send(byAge, "/x")))) == ["app/other:80": 1])
        let byName = try Self.engine(Self.gateway + route("b", nil, "svc") + route("a", nil, "other"))
        #expect(OutcomeComparison.proportions(try #require(Self.shares(send(byName, "/x")))) == ["app/other:80": 1])
    }

    static func shares(_ outcome: RoutingOutcome) -> [BackendShare]? {
        if case .forwarded(let forwarding) = outcome { return forwarding.shares }
        return nil
    }
}
