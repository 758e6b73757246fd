import YAMLKit
@testable import MigrationCore

/// Generated objects that reach the encoders' rarer branches, which translated fixtures do not
/// all produce: every `namespaces` form (`All`, an empty selector written `{}`, labels and
/// expressions, `Same` left out), TLS with and without certificates, a mirror with a percentage,
/// every HTTPRoute filter, query parameter matches, an empty rule, rules without backends
/// (`backendRefs: []`), a headers-only gRPC rule, extension specs, and strings a reader would
/// retype. Every object is valid Gateway API (experimental channel): `ValidatorTests` checks
/// the recorded output like every other expected manifest.
enum EncodingEdgeCases {
    static func objects() -> GeneratedObjects {
        var objects = GeneratedObjects()
        objects.namespaces = [NamespaceObject(name: "gateway-system")]
        objects.gatewayClasses = [GatewayClass(meta: OutputMeta(name: "nginx"), controllerName: "example.com/controller")]
        objects.gateways = [gateway()]
        var listenerSet = ListenerSet(meta: OutputMeta(name: "extra", namespace: "gateway-system"), gatewayName: "gw", listeners: [listener("plain", .same)])
        listenerSet.gatewayNamespace = "gateway-system"
        objects.listenerSets = [listenerSet]
        objects.httpRoutes = [route()]
        let header = HeaderMatch(name: "x-env", value: "true")
        objects.grpcRoutes = [
            GRPCRoute(
                meta: OutputMeta(name: "grpc", namespace: "apps"), parentRefs: [ParentRef(name: "gw", namespace: "gateway-system")], hostnames: ["g.example.com"],
                rules: [
                    GRPCRouteRule(methods: [], headers: [header], backendRefs: []),
                    GRPCRouteRule(methods: [GRPCMethodMatch(service: "pkg.Svc"), GRPCMethodMatch(service: "pkg.Other", method: "Get")], headers: [header], backendRefs: [BackendRef(name: "svc", port: 9000)]),
                ])
        ]
        objects.tlsRoutes = [
            TLSRoute(
                meta: OutputMeta(name: "passthrough", namespace: "apps"), parentRefs: [ParentRef(name: "gw")], hostnames: ["tls.example.com"],
                backendRefs: [BackendRef(name: "tls", port: 443)])
        ]
        objects.streamRoutes = [
            StreamRoute(kind: "UDPRoute", meta: OutputMeta(name: "dns", namespace: "apps"), parentRefs: [], backendRefs: [BackendRef(name: "dns", port: 53)]),
            StreamRoute(
                kind: "TCPRoute", meta: OutputMeta(name: "db", namespace: "apps"), parentRefs: [ParentRef(name: "gw", sectionName: "tcp")],
                backendRefs: [BackendRef(name: "db", port: 5432)]),
        ]
        objects.backendTLSPolicies = [BackendTLSPolicy(meta: OutputMeta(name: "svc", namespace: "apps"), serviceName: "svc", hostname: "svc.apps", caConfigMaps: [])]
        objects.referenceGrants = [
            ReferenceGrant(
                meta: OutputMeta(name: "any-service", namespace: "apps"), fromGroup: "gateway.networking.k8s.io", fromKind: "HTTPRoute",
                fromNamespace: "web", toGroup: "", toKind: "Service", toName: "")
        ]
        objects.extensions = [
            ExtensionObject(apiVersion: "example.com/v1", kind: "Empty", meta: OutputMeta(name: "e", namespace: "apps"), spec: .mapping([])),
            ExtensionObject(
                apiVersion: "example.com/v1", kind: "Thing", meta: OutputMeta(name: "t", namespace: "apps"),
                spec: .mapping([.init("values", .sequence([.null, .float(1.5), .bool(false), .int(-3), .string("no")])), .init("none", .sequence([]))])),
        ]
        return objects
    }

    static func listener(_ name: String, _ namespaces: AllowedNamespaces, kinds: [String] = []) -> Listener {
        var listener = Listener(name: name, hostname: name == "plain" ? nil : "\(name).example.com", port: 80, protocol: .http)
        listener.allowedNamespaces = namespaces
        listener.allowedRouteKinds = kinds
        return listener
    }

    static func gateway() -> Gateway {
        var gateway = Gateway(meta: OutputMeta(name: "gw", namespace: "gateway-system"), gatewayClassName: "nginx")
        var secure = listener("labels", .selector(LabelSelector(matchLabels: ["team": "a", "env": "yes"], matchExpressions: [.init(key: "tier", operator: .exists)])), kinds: ["HTTPRoute", "GRPCRoute"])
        secure.protocol = .https
        secure.port = 443
        secure.certificateRefs = [SecretRef(name: "cert", namespace: "gateway-system"), SecretRef(name: "other", namespace: "apps")]
        var terminate = listener("empty-selector", .selector(LabelSelector()))
        terminate.protocol = .https
        terminate.port = 443
        terminate.tlsMode = "Terminate"
        terminate.certificateRefs = [SecretRef(name: "cert", namespace: "gateway-system")]
        gateway.listeners = [listener("all", .all), terminate, secure, listener("names", .names(["a", "b"])), listener("team", .labelIn(key: "team", values: ["x"])), listener("plain", .same)]
        gateway.allowedListeners = .same
        gateway.frontendValidation = FrontendValidation(caConfigMap: SecretRef(name: "ca", namespace: "apps"), mode: .allowInsecureFallback)
        return gateway
    }

    static func route() -> HTTPRoute {
        var meta = OutputMeta(name: "web", namespace: "apps")
        meta.labels = ["b": "2", "a": "on"]
        meta.annotations = ["note": "two\nlines\n", generatorAnnotation: "replaced"]
        meta.sources = [SourceRef(object: ObjectRef(kind: "Ingress", namespace: "apps", name: "web"), location: SourceLocation(file: "in.yaml", line: 3, column: 1))]
        let match = HTTPRouteMatch(
            pathType: .exact, path: "/a:b", headers: [HeaderMatch(name: "x", value: "^1$", isRegularExpression: true)],
            queryParams: [QueryParamMatch(name: "q", value: "a b: c"), QueryParamMatch(name: "r", value: "^x$", isRegularExpression: true)],
            method: "GET")
        let filters: [HTTPRouteFilter] = [
            .requestMirror(RequestMirror(backend: BackendRef(name: "mirror", port: 80, weight: 5), percent: 12.5)),
            .cors(CORSPolicy(allowOrigins: ["https://a.example.com"], maxAge: 5, allowCredentials: false)),
            .responseHeaderModifier(HeaderModifier(add: [HeaderValue(name: "b", value: "yes")])),
            .requestHeaderModifier(HeaderModifier(set: [HeaderValue(name: "a", value: "1")], remove: ["c"])),
        ]
        var rule = HTTPRouteRule(matches: [match], filters: filters, backendRefs: [BackendRef(name: "svc", port: 80, weight: 0)], retry: RetryPolicy(attempts: 2, codes: []))
        rule.name = "first"
        rule.requestTimeout = "5s"
        let rewrite = HTTPRouteRule(
            matches: [HTTPRouteMatch(pathType: .pathPrefix, path: "/old")], filters: [.urlRewrite(URLRewrite(path: .replacePrefixMatch("/")))],
            backendRefs: [BackendRef(name: "svc", port: 80)])
        let redirect = HTTPRouteRule(
            matches: [HTTPRouteMatch(pathType: .pathPrefix, path: "/moved")], filters: [.requestRedirect(RequestRedirect(scheme: "https"))],
            backendRefs: [])
        let parent = ParentRef(kind: "ListenerSet", name: "extra", namespace: "gateway-system", sectionName: "plain", port: 80)
        return HTTPRoute(meta: meta, parentRefs: [parent], hostnames: ["*.example.com", "1.2.3.4"], rules: [rule, rewrite, redirect, HTTPRouteRule()])
    }
}
