import MigrationCore
import Testing
import Verify

/// The controller ConfigMap, following ingress-nginx's
/// docs/user-guide/nginx-configuration/configmap.md (`ssl-redirect`, `force-ssl-redirect`,
/// `http-redirect-code`, `no-tls-redirect-locations`, `hsts*`) and the controller's deployment
/// names for it (the Helm chart's `ingress-nginx-controller`, the static manifests'
/// `nginx-configuration`, or the one passed with `--configmap`).
@Suite struct NGINXControllerConfigTests {
    typealias T = NGINXTestSupport

    static let tlsHost = T.ingress("web", host: "secure.example.com", paths: [("/app", "Prefix", "app")], tls: ["secure.example.com"])

    /// configmap.md `http-redirect-code`: "Sets the HTTP status code to be used in redirects.
    /// Supported codes are 301, 302, 307 and 308"; another value keeps 308.
    @Test func redirectCodeComesFromTheConfigMap() throws {
        let engine = try T.engine(T.configMap("ingress-nginx-controller", data: ["http-redirect-code": "301"]) + Self.tlsHost)
        #expect(T.send(engine, "/app", host: "secure.example.com") == .redirect(statusCode: 301, location: "https://secure.example.com/app"))
        let ignored = try T.engine(T.configMap("ingress-nginx-controller", data: ["http-redirect-code": "303"]) + Self.tlsHost)
        #expect(T.send(ignored, "/app", host: "secure.example.com").statusCode == 308)
    }

    /// configmap.md `ssl-redirect` and `force-ssl-redirect` are the defaults of the
    /// annotations of the same names; an annotation still overrides them.
    @Test func redirectDefaultsComeFromTheConfigMap() throws {
        let off = try T.engine(T.configMap("nginx-configuration", data: ["ssl-redirect": "false"]) + Self.tlsHost)
        #expect(T.backend(T.send(off, "/app", host: "secure.example.com")) == "app")
        let forced = try T.engine(
            T.configMap("nginx-configuration", data: ["force-ssl-redirect": "true"])
                + T.ingress("plain", host: "plain.example.com", paths: [("/", "Prefix", "plain")])
                + T.ingress("opt-out", host: "other.example.com", paths: [("/", "Prefix", "other")], annotations: ["nginx.ingress.kubernetes.io/force-ssl-redirect": "false"]))
        #expect(T.send(forced, "/x", host: "plain.example.com").statusCode == 308)
        #expect(T.backend(T.send(forced, "/x", host: "other.example.com")) == "other")
    }

    /// configmap.md `no-tls-redirect-locations`: "A comma-separated list of locations on which
    /// http requests will never get redirected to their https counterpart".
    @Test func noTLSRedirectLocationsReplaceTheDefault() throws {
        let engine = try T.engine(
            T.configMap("ingress-nginx-controller", data: ["no-tls-redirect-locations": "/public, /health"])
                + T.ingress("web", host: "secure.example.com", paths: [("/public", "Prefix", "public"), ("/.well-known/acme-challenge", "Prefix", "acme")], tls: ["secure.example.com"]))
        #expect(T.backend(T.send(engine, "/public/x", host: "secure.example.com")) == "public")
        #expect(T.send(engine, "/.well-known/acme-challenge/t", host: "secure.example.com").statusCode == 308, "the default list is replaced")
    }

    /// configmap.md `hsts`, `hsts-max-age`, `hsts-include-subdomains`, `hsts-preload`.
    @Test func hstsSettingsShapeTheHeader() throws {
        let engine = try T.engine(
            T.configMap("ingress-nginx-controller", data: ["hsts-max-age": "600", "hsts-include-subdomains": "false", "hsts-preload": "true"]) + Self.tlsHost)
        guard case .forwarded(let forwarding) = T.send(engine, "/app", host: "secure.example.com", scheme: .https) else {
            Issue.record("not forwarded")
            return
        }
        #expect(forwarding.responseHeaderEdits == [.set("Strict-Transport-Security", "max-age=600; preload")])
        let off = try T.engine(T.configMap("ingress-nginx-controller", data: ["hsts": "false"]) + Self.tlsHost)
        guard case .forwarded(let plain) = T.send(off, "/app", host: "secure.example.com", scheme: .https) else { return }
        #expect(plain.responseHeaderEdits.isEmpty)
    }

    /// The controller reads one ConfigMap: the one named on its command line (here as
    /// `--ingress-nginx-configmap` gives it), else the chart's or the static manifests' name.
    @Test func theConfigMapIsFoundByName() throws {
        let manifests = try T.parse(
            T.configMap("ingress-nginx-controller", data: ["http-redirect-code": "301"])
                + T.configMap("custom", namespace: "edge", data: ["http-redirect-code": "302"])
                + T.configMap("unrelated", data: ["http-redirect-code": "307"]))
        #expect(NGINXControllerSettings.configMap(in: manifests.configMaps, explicit: nil)?.name == "ingress-nginx-controller")
        #expect(NGINXControllerSettings.configMap(in: manifests.configMaps, explicit: "edge/custom")?.name == "custom")
        #expect(NGINXControllerSettings.configMap(in: manifests.configMaps, explicit: "edge/missing") == nil)
        let engine = try T.engine(T.configMap("custom", namespace: "edge", data: ["http-redirect-code": "302"]) + Self.tlsHost, configMap: "edge/custom")
        #expect(T.send(engine, "/app", host: "secure.example.com").statusCode == 302)
    }

    /// The controller's header filter (rootfs/etc/nginx/lua/lua_ingress.lua, `_M.header`)
    /// tests the certificate-lookup function itself, not its result, so a host without a TLS
    /// section (served with the default certificate) gets HSTS over HTTPS too.
    @Test func hstsOnEveryHTTPSResponse() throws {
        let engine = try T.engine(T.ingress("plain", host: "plain.example.com", paths: [("/", "Prefix", "plain")]))
        guard case .forwarded(let forwarding) = T.send(engine, "/", host: "plain.example.com", scheme: .https),
            case .forwarded(let http) = T.send(engine, "/", host: "plain.example.com")
        else {
            Issue.record("not forwarded")
            return
        }
        #expect(forwarding.responseHeaderEdits == [.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains")])
        #expect(http.responseHeaderEdits.isEmpty)
    }
}
