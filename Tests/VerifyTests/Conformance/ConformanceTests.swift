import Foundation
import MigrationCore
import Testing
import Verify

/// The Gateway API engine against request cases ported from the upstream Gateway API
/// conformance suite (v1.6.1, `conformance/tests/*.go`): each folder of
/// `Fixtures/conformance/` names the upstream test it restates.
@Suite struct ConformanceTests {
    static let cases = ConformanceCase.all()

    @Test func atLeastOneHundredPortedCases() {
        #expect(Self.cases.count >= 100, "only \(Self.cases.count) cases")
    }

    @Test(arguments: cases)
    func conformanceCase(_ testCase: ConformanceCase) throws {
        let base = TestData.fixtures.appendingPathComponent("conformance/base.yaml")
        let manifests = try TestData.gatewayAPI([base, testCase.folder.appendingPathComponent("manifests.yaml")])
        let engine = GatewayAPIEngine(GatewayAPIConfiguration(manifests))
        let decision = engine.route(testCase.request, gatewayNamespace: testCase.gateway.namespace, gatewayName: testCase.gateway.name)
        ExpectationCheck.check(decision.outcome, against: testCase.expectation, testCase.description)
    }
}
