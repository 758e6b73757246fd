import MigrationCore
import Testing
import Verify

/// Host names and what the backend receives, following ingress-nginx's annotations.md:
/// "Server Alias", "Custom NGINX upstream vhost", "Custom Headers" (with configmap.md
/// `global-allowed-response-headers`), "Mirror", "SSL Passthrough" and "Backend Protocol".
@Suite struct NGINXHostAndUpstreamTests {
    typealias T = NGINXTestSupport
    static let prefix = "nginx.ingress.kubernetes.io/"

    /// "Server Alias": the aliases are more `server_name`s of the host; one that is a host
    /// of its own is ignored.
    @Test func serverAliasServesTheSameLocations() throws {
        let yaml = T.ingress("site", host: "example.com", paths: [("/", "Prefix", "site")], annotations: [Self.prefix + "server-alias": "example.org, shop.example.com"])
            + T.ingress("shop", host: "shop.example.com", paths: [("/", "Prefix", "shop")], created: "2024-02-01T00:00:00Z")
        let engine = try T.engine(yaml)
        #expect(T.backend(T.send(engine, "/x", host: "Example.ORG")) == "site")
        #expect(T.backend(T.send(engine, "/x", host: "shop.example.com")) == "shop")
    }

    /// "Custom NGINX upstream vhost": the `Host` sent upstream.
    @Test func upstreamVhostSetsTheUpstreamHost() throws {
        let engine = try T.engine(T.ingress("site", host: "www.example.com", paths: [("/", "Prefix", "site")], annotations: [Self.prefix + "upstream-vhost": "internal.example"]))
        guard case .forwarded(let forwarding) = T.send(engine, "/x", host: "www.example.com") else {
            Issue.record("not forwarded")
            return
        }
        #expect(forwarding.shares[0].upstream.host == "internal.example")
    }

    /// "Custom Headers": "First define the allowed response headers in
    /// global-allowed-response-headers" — the headers are set on responses, literally; a
    /// header not allowed (or a ConfigMap that does not exist) denies the locations (503).
    @Test func customHeadersNeedTheGlobalAllowList() throws {
        let headers = T.configMap("security-headers", namespace: "web", data: ["X-Frame-Options": "DENY", "X-Start": "t=${msec}"])
        let ingress = T.ingress("site", host: "www.example.com", paths: [("/", "Prefix", "site")], namespace: "web", annotations: [Self.prefix + "custom-headers": "web/security-headers"])
        let denied = try T.engine(headers + ingress)
        #expect(T.send(denied, "/", host: "www.example.com").statusCode == 503)
        let allowed = try T.engine(T.configMap("ingress-nginx-controller", data: ["global-allowed-response-headers": "X-Frame-Options,X-Start"]) + headers + ingress)
        guard case .forwarded(let forwarding) = T.send(allowed, "/", host: "www.example.com") else {
            Issue.record("not forwarded")
            return
        }
        #expect(forwarding.responseHeaderEdits == [.set("X-Frame-Options", "DENY"), .set("X-Start", "t=${msec}")])
        let missing = try T.engine(T.ingress("other", host: "other.example.com", paths: [("/", "Prefix", "other")], annotations: [Self.prefix + "custom-headers": "web/nowhere"]))
        #expect(T.send(missing, "/", host: "other.example.com").statusCode == 503)
    }

    /// "Mirror": requests are copied to the target; a cluster Service URL names the Service.
    @Test func mirrorTargetCopiesProxiedRequests() throws {
        let engine = try T.engine(T.ingress("api", host: "api.example.com", paths: [("/", "Prefix", "api")], namespace: "shop", annotations: [Self.prefix + "mirror-target": "http://api-shadow.testing.svc.cluster.local:8080$request_uri"]))
        guard case .forwarded(let forwarding) = T.send(engine, "/orders", host: "api.example.com") else {
            Issue.record("not forwarded")
            return
        }
        #expect(forwarding.mirrors == [BackendService(namespace: "testing", name: "api-shadow", port: "8080")])
    }

    /// "SSL Passthrough": TLS connections for the host go "directly to the backend" (of its
    /// `/` location), so HTTPS paths are no longer routed; plain HTTP still is.
    @Test func sslPassthroughSendsTLSToTheRootBackend() throws {
        let engine = try T.engine(T.ingress("vault", host: "vault.example.com", paths: [("/", "Prefix", "vault"), ("/ui", "Prefix", "ui")], annotations: [Self.prefix + "ssl-passthrough": "true"]))
        #expect(T.backend(T.send(engine, "/ui/x", host: "vault.example.com", scheme: .https)) == "vault")
        #expect(T.backend(T.send(engine, "/ui/x", host: "vault.example.com")) == "ui")
    }

    /// "Backend Protocol" changes how nginx talks to the backend, not where requests go.
    @Test func backendProtocolKeepsRouting() throws {
        let engine = try T.engine(T.ingress("grpc", host: "grpc.example.com", paths: [("/shop.v1.Cart", "Prefix", "cart")], annotations: [Self.prefix + "backend-protocol": "GRPC"]))
        #expect(T.backend(T.send(engine, "/shop.v1.Cart/Add", host: "grpc.example.com", method: "POST", headers: [HTTPHeader("Content-Type", "application/grpc")])) == "cart")
    }
}
