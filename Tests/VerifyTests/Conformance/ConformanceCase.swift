import Foundation
import Testing
import Verify
import YAMLKit

/// One ported request case: a request sent to a Gateway and what the upstream conformance test
/// expects back. Files: `Fixtures/conformance/<UpstreamTestName>/{manifests.yaml,cases.yaml}`
/// plus the shared `Fixtures/conformance/base.yaml`.
struct ConformanceCase: CustomStringConvertible, Sendable {
    var test: String
    var index: Int
    var gateway: (namespace: String, name: String)
    var request: ProbeRequest
    var expectation: YAMLValue

    var description: String { "\(test) #\(index + 1): \(request)" }

    static let defaultNamespace = "gateway-conformance-infra"
    /// The Host of requests that name none (conformance requests then carry the Gateway's address).
    static let defaultHost = "gateway.conformance.test"

    /// Every case of every folder, in folder order.
    static func all() -> [ConformanceCase] {
        let root = TestData.fixtures.appendingPathComponent("conformance")
        let folders = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
        var cases: [ConformanceCase] = []
        for folder in folders {
            let file = root.appendingPathComponent(folder).appendingPathComponent("cases.yaml")
            guard let document = try? TestData.documents(file).first else { continue }
            let test = document["test"]?.text ?? folder
            let gateway = document["gateway"]?.text ?? ""
            for (index, item) in document["cases"]?.items.enumerated() ?? [].enumerated() {
                let target = item["gateway"]?.text ?? gateway
                let parts = target.split(separator: "/").map(String.init)
                let request = item["request"] ?? .null
                let headers = (request["headers"]?.entries ?? []).map { HTTPHeader($0.key, $0.value.text ?? "") }
                let probe = ProbeRequest(
                    scheme: ProbeRequest.Scheme(rawValue: request["scheme"]?.text ?? "http") ?? .http,
                    port: request["port"]?.integer, host: request["host"]?.text ?? defaultHost,
                    target: request["path"]?.text ?? "/", method: request["method"]?.text ?? "GET", headers: headers)
                cases.append(
                    ConformanceCase(
                        test: test, index: index, gateway: (parts.count == 2 ? parts[0] : defaultNamespace, parts.last ?? ""),
                        request: probe, expectation: item))
            }
        }
        return cases
    }

    /// The folder of the case's test.
    var folder: URL {
        TestData.fixtures.appendingPathComponent("conformance").appendingPathComponent(test)
    }
}
