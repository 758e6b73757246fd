import Testing

@testable import MigrationCore

/// Header modifiers leave the output builder with at most 16 entries per list, and each cut
/// is reported once, naming what was dropped.
@Suite struct HeaderModifierLimitTests {
    private func headers(_ count: Int) -> [HeaderValue] { (0..<count).map { HeaderValue(name: "X-H\($0)", value: "v\($0)") } }

    @Test func longListsAreCutAndReported() {
        var builder = OutputBuilder(options: TranslationOptions())
        var meta = OutputMeta(name: "web", namespace: "shop")
        meta.sources = [SourceRef(object: ObjectRef(kind: "Ingress", namespace: "shop", name: "web"), location: SourceLocation(file: "in.yaml", line: 3, column: 1))]
        let long = HTTPRouteRule(
            matches: [HTTPRouteMatch(pathType: .pathPrefix, path: "/")],
            filters: [.responseHeaderModifier(HeaderModifier(set: headers(17), remove: (0..<18).map { "X-R\($0)" })), .requestHeaderModifier(HeaderModifier(add: headers(16)))])
        let short = HTTPRouteRule(matches: [HTTPRouteMatch(pathType: .exact, path: "/a")], filters: [.responseHeaderModifier(HeaderModifier(set: headers(16)))])
        builder.objects.httpRoutes = [HTTPRoute(meta: meta, rules: [short, long])]
        builder.objects.grpcRoutes = [GRPCRoute(meta: meta, parentRefs: [], hostnames: [], rules: [GRPCRouteRule(methods: [], filters: [.requestHeaderModifier(HeaderModifier(set: headers(20)))], backendRefs: [])])]
        builder.enforceHeaderModifierLimits()
        #expect(builder.objects.httpRoutes[0].rules[0] == short)
        guard case .responseHeaderModifier(let response) = builder.objects.httpRoutes[0].rules[1].filters[0],
            case .requestHeaderModifier(let request) = builder.objects.httpRoutes[0].rules[1].filters[1],
            case .requestHeaderModifier(let grpc) = builder.objects.grpcRoutes[0].rules[0].filters[0]
        else { Issue.record("the filters changed kind"); return }
        #expect(response.set == headers(16) && response.remove.count == 16 && request.add == headers(16) && grpc.set == headers(16))
        let messages = builder.findings.all.filter { $0.code == .fieldLimit }.map(\.message)
        #expect(messages.count == 2)
        #expect(messages.first?.contains("set X-H16, remove X-R16, remove X-R17") == true)
        #expect(messages.last?.contains("GRPCRoute shop/web rule 1") == true)
    }
}
