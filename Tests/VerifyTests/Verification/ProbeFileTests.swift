import MigrationCore
import Testing
@testable import Verify

/// `--probes` files: reading, checking expectations, and errors with locations.
@Suite struct ProbeFileTests {
    typealias S = VerificationSupport

    static func probes(_ yaml: String) throws -> [UserProbe] {
        try ProbeFile.parse(SourceFile(path: "probes.yaml", bytes: Array(yaml.utf8)))
    }

    @Test func expectationsAreCheckedAgainstTheGateway() throws {
        let probes = try Self.probes(
            """
            probes:
            - request: {scheme: https, host: shop.example.com, path: /api/orders}
              expect: {status: 200, backend: shop/api:8080, upstreamPath: /api/orders}
            - request: {host: shop.example.com, path: /api}
              expect: {redirect: "https://shop.example.com/api", status: 308}
            - request: {scheme: https, host: shop.example.com, path: /api}
              expect: {backend: storefront}
            """)
        #expect(probes.count == 3)
        let report = S.verify(try S.translate(VerificationTests.shop), probes: probes)
        let mismatches = report.findings.filter { $0.code == .verifyProbeMismatch }
        #expect(mismatches.count == 1)
        #expect(mismatches.first?.location == SourceLocation(file: "probes.yaml", line: 6, column: 3))
        #expect(mismatches.first?.message.contains("expected backend storefront") == true)
    }

    @Test func malformedProbeNamesItsLocation() {
        #expect(throws: InputError(path: "probes.yaml", location: SourceLocation(file: "probes.yaml", line: 2, column: 12), message: "request.path must be given and start with /")) {
            try Self.probes("probes:\n- request: {host: a.example.com, path: api}\n  expect: {status: 200}\n")
        }
        #expect(throws: InputError(path: "probes.yaml", location: SourceLocation(file: "probes.yaml", line: 3, column: 11), message: "expect names nothing to check (status, backend, backends, redirect, upstreamPath, upstreamHost, requestHeaders, responseHeaders or mirrors)")) {
            try Self.probes("probes:\n- request: {host: a.example.com, path: /}\n  expect: {}\n")
        }
    }

    @Test func expectationMatching() {
        let forwarded = RoutingOutcome.forwarded(
            Forwarding(shares: [BackendShare(target: .service(BackendService(namespace: "shop", name: "api", port: "80")), weight: 1, upstream: UpstreamRequest(host: "h", target: "/x", headers: HeaderList()))]))
        #expect(ProbeExpectation(backend: "api").mismatches(forwarded).isEmpty)
        #expect(ProbeExpectation(backend: "shop/api").mismatches(forwarded).isEmpty)
        #expect(!ProbeExpectation(backend: "shop/api:81").mismatches(forwarded).isEmpty)
        #expect(!ProbeExpectation(status: 404).mismatches(forwarded).isEmpty)
        #expect(!ProbeExpectation(expectsNoAnswer: true).mismatches(forwarded).isEmpty)
        #expect(ProbeExpectation(expectsNoAnswer: true).mismatches(.refused(reason: "x")).isEmpty)
    }

    /// Weighted backends compare as proportions; headers, the upstream host and mirrors as
    /// written in the file.
    @Test func weightsHeadersHostAndMirrors() throws {
        let probes = try Self.probes(
            """
            probes:
            - request: {host: a.example.com, path: /}
              expect:
                backends: {v1: 80, shop/v2: 20}
                upstreamHost: internal.example
                requestHeaders: {X-Forwarded-Prefix: /api}
                responseHeaders: {x-frame-options: DENY}
                mirrors: [testing/shadow:8080]
            """)
        let expectation = try #require(probes.first?.expectation)
        func share(_ name: String, _ weight: Int) -> BackendShare {
            var headers = HeaderList()
            headers.set("X-Forwarded-Prefix", "/api")
            return BackendShare(
                target: .service(BackendService(namespace: "shop", name: name, port: "80")), weight: weight,
                upstream: UpstreamRequest(host: "internal.example", target: "/", headers: headers))
        }
        let mirror = BackendService(namespace: "testing", name: "shadow", port: "8080")
        let matching = RoutingOutcome.forwarded(Forwarding(shares: [share("v1", 4), share("v2", 1)], responseHeaderEdits: [.set("X-Frame-Options", "DENY")], mirrors: [mirror]))
        #expect(expectation.mismatches(matching).isEmpty)
        let flipped = RoutingOutcome.forwarded(Forwarding(shares: [share("v1", 1), share("v2", 4)], responseHeaderEdits: [.set("X-Frame-Options", "DENY")], mirrors: [mirror]))
        #expect(expectation.mismatches(flipped) == ["expected backends shop/v2 (20), v1 (80)"])
        let bare = RoutingOutcome.forwarded(Forwarding(shares: [share("v1", 4), share("v2", 1)]))
        #expect(expectation.mismatches(bare) == ["expected response header x-frame-options: DENY", "expected a mirror to testing/shadow:8080"])
    }
}
