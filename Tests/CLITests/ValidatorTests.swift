import Foundation
import Testing

/// Every expected manifest under `Fixtures/` (each `expected.yaml`, every YAML file of every
/// `convert` case's `expected-tree/`, and the encoders' recorded `encoding/*/output.yaml`) must
/// pass the Gateway API v1.6.1 CRD schemas and
/// CEL rules, checked by `../shared/tools/validate-gateway-api`.
@Suite struct ValidatorTests {
    static var manifests: [String] {
        var files: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: SourceTree.fixtures.path)
        while let path = enumerator?.nextObject() as? String {
            let name = (path as NSString).lastPathComponent
            let inTree = path.contains("/expected-tree/") && name.hasSuffix(".yaml")
            let encoding = path.hasPrefix("encoding/") && name == "output.yaml"
            if name == "expected.yaml" || inTree || encoding { files.append(SourceTree.fixtures.appendingPathComponent(path).path) }
        }
        return files.sorted()
    }

    /// Cases run with `--allow-experimental-gw-api`, and the encoding cases (which write every
    /// field the encoders know, experimental ones included), are checked against the
    /// experimental channel; every other case against the standard channel.
    static func channel(of manifest: String) -> String {
        if manifest.contains("/Fixtures/encoding/") { return "experimental" }
        let args = (try? String(contentsOfFile: (manifest as NSString).deletingLastPathComponent + "/args.txt", encoding: .utf8)) ?? ""
        return args.contains("--allow-experimental-gw-api") ? "experimental" : "standard"
    }

    @Test(arguments: ["standard", "experimental"])
    func everyExpectedManifestValidates(channel: String) throws {
        let validator = SourceTree.shared.appendingPathComponent("tools/validate-gateway-api").path
        try #require(FileManager.default.fileExists(atPath: validator), "validator not found at \(validator)")
        let files = Self.manifests.filter { Self.channel(of: $0) == channel }
        try #require(!files.isEmpty)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", validator, "--channel", channel] + files
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "validate-gateway-api failed:\n\(text)")
        #expect(text.contains(" 0 invalid"), "\(text)")
    }
}
