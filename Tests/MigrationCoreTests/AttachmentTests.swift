import Testing
@testable import MigrationCore

/// Predicted `Accepted` / `ResolvedRefs` conditions for generated and input routes.
@Suite struct AttachmentTests {
    static let ingress = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: web, namespace: team-a}
        spec:
          ingressClassName: nginx
          rules:
            - host: a.example.com
              http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}
        """

    func run(_ extra: String, options: TranslationOptions = TranslationOptions()) throws -> MigrationRun {
        try TestSupport.pipeline(options: options).run([SourceFile(path: "in.yaml", bytes: Array((Self.ingress + "\n---\n" + extra).utf8))])
    }

    @Test func hostnameIntersectionFollowsGatewayAPIRules() {
        #expect(HostnameIntersection.intersects(listener: nil, route: "a.example.com"))
        #expect(HostnameIntersection.intersects(listener: "*.example.com", route: "a.b.example.com"))
        #expect(!HostnameIntersection.intersects(listener: "*.example.com", route: "example.com"))
        #expect(HostnameIntersection.intersects(listener: "a.example.com", route: "*.example.com"))
        #expect(HostnameIntersection.intersects(listener: "*.example.com", route: "*.b.example.com"))
        #expect(!HostnameIntersection.intersects(listener: "a.example.com", route: "b.example.com"))
        #expect(HostnameIntersection.intersects(listener: "a.example.com", routeHostnames: []))
    }

    @Test func generatedRoutesAreAccepted() throws {
        let run = try run("")
        #expect(!run.attachments.isEmpty)
        #expect(run.attachments.allSatisfy { $0.acceptance == .accepted && $0.refsResolved && $0.generated })
    }

    @Test func aRouteFromANamespaceTheListenerDoesNotSelectIsRefused() throws {
        let run = try run("""
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: intruder, namespace: team-b}
            spec:
              parentRefs: [{name: nginx, namespace: gateway-system}]
              hostnames: [a.example.com]
            """)
        let prediction = try #require(run.attachments.first { $0.route.name == "intruder" })
        #expect(prediction.acceptance == .refused(reason: "NotAllowedByListeners"))
        #expect(run.findings.contains { $0.code == .routeNotAccepted && $0.severity == .error })
    }

    @Test func aHostnameNoListenerServesIsRefused() throws {
        let run = try run("""
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: other-host, namespace: team-a}
            spec:
              parentRefs: [{name: nginx, namespace: gateway-system, sectionName: a.example.com-http}]
              hostnames: [b.example.com]
            """)
        let prediction = try #require(run.attachments.first { $0.route.name == "other-host" })
        #expect(prediction.acceptance == .refused(reason: "NoMatchingListenerHostname"))
    }

    @Test func aCrossNamespaceBackendNeedsAGrant() throws {
        let route = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: cross, namespace: team-a}
            spec:
              parentRefs: [{name: nginx, namespace: gateway-system}]
              rules: [{backendRefs: [{name: shared, namespace: tools, port: 80}]}]
            """
        let refused = try run(route)
        #expect(refused.attachments.first { $0.route.name == "cross" }?.resolvedRefsReason == "RefNotPermitted")
        let grant = """
            apiVersion: gateway.networking.k8s.io/v1beta1
            kind: ReferenceGrant
            metadata: {name: let-team-a-in, namespace: tools}
            spec:
              from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: team-a}]
              to: [{group: "", kind: Service, name: shared}]
            """
        let granted = try run(route + "\n---\n" + grant)
        #expect(granted.attachments.first { $0.route.name == "cross" }?.resolvedRefsReason == "ResolvedRefs")
    }

    @Test func aMissingServiceIsReportedOnlyWhenTheNamespacesServicesAreKnown() throws {
        #expect(try run("").attachments.allSatisfy(\.refsResolved))
        let withServices = try run("apiVersion: v1\nkind: Service\nmetadata: {name: other, namespace: team-a}\nspec: {ports: [{port: 80}]}")
        #expect(withServices.attachments.contains { $0.resolvedRefsReason == "BackendNotFound" })
    }

    @Test func aDedicatedGatewayAcceptsOnlyItsOwnNamespace() throws {
        var options = TranslationOptions()
        options.dedicatedNamespaces = ["team-a"]
        let run = try run("""
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: visitor, namespace: team-b}
            spec:
              parentRefs: [{name: nginx, namespace: team-a}]
            """, options: options)
        #expect(run.documents.contains { $0.kind == "Gateway" && $0.namespace == "team-a" })
        #expect(!run.documents.contains { $0.kind == "Namespace" })
        #expect(run.attachments.first { $0.route.name == "visitor" }?.acceptance == .refused(reason: "NotAllowedByListeners"))
        #expect(run.attachments.filter(\.generated).allSatisfy { $0.acceptance == .accepted })
    }
}
