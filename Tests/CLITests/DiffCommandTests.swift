import Foundation
import Testing

/// `i2gw diff` and `convert --dry-run` as processes: colour only on a terminal, and a dry run
/// that never touches the output folder.
@Suite struct DiffCommandTests {
    static let identical = SourceTree.fixtures.appendingPathComponent("diff/identical")
    static let edited = SourceTree.fixtures.appendingPathComponent("diff/edited-ingress")
    static let arguments = ["diff", "-f", "input.yaml", "--against", "gitops", "--target", "envoy-gateway"]

    @Test func aTerminalGetsAColouredDiff() throws {
        let output = try ColorOutputTests.onTerminal(Self.arguments, environment: [:], in: Self.edited)
        #expect(output.contains("\u{1B}[32m+      port: 8081\u{1B}[0m"), "\(output.prefix(600))")
        #expect(output.contains("\u{1B}[36m@@ -46,4 +46,21 @@\u{1B}[0m"))
        #expect(output.contains("\u{1B}[1m--- HTTPRoute"))
        let stat = try ColorOutputTests.onTerminal(Self.arguments + ["--stat"], environment: [:], in: Self.edited)
        #expect(stat.contains("\u{1B}[33mchanged "), "\(stat.prefix(600))")
    }

    @Test func noColourWithNoColorOrThroughAPipe() throws {
        let output = try ColorOutputTests.onTerminal(Self.arguments, environment: ["NO_COLOR": "1"], in: Self.edited)
        #expect(output.contains("+      port: 8081") && !output.contains("\u{1B}["))
        let piped = try ToolProcess.run(Self.arguments, in: Self.edited, environment: ["NO_COLOR": ""])
        #expect(piped.status == 1 && piped.standardOutput.contains("+      port: 8081") && !piped.standardOutput.contains("\u{1B}["))
        let forced = try ToolProcess.run(Self.arguments + ["--color", "always"], in: Self.edited, environment: ["NO_COLOR": "1"])
        #expect(forced.standardOutput.contains("\u{1B}[32m+      port: 8081\u{1B}[0m"), "--color always wins over NO_COLOR")
    }

    /// The dry run compares, prints and exits like diff, and leaves the folder byte for byte
    /// as it was; a folder that does not exist is not created.
    @Test func aDryRunWritesNothing() throws {
        let scratch = try ConvertCase.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("gitops")
        try FileManager.default.copyItem(at: SourceTree.fixtures.appendingPathComponent("diff/base/gitops"), to: output)
        let route = output.appendingPathComponent("application-developer/shop/httproute-shop.example.com.yaml")
        let edited = try String(contentsOf: route, encoding: .utf8).replacingOccurrences(of: "port: 8080", with: "port: 9090")
        try edited.write(to: route, atomically: true, encoding: .utf8)
        let before = ConvertCase.files(under: output)
        let input = Self.identical.appendingPathComponent("input.yaml").path
        let result = try ToolProcess.run(["convert", "-f", input, "--output-dir", output.path, "--target", "envoy-gateway", "--dry-run"])
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardOutput.contains("-      port: 9090\n+      port: 8080\n"))
        #expect(result.standardError.contains("(dry run: nothing written): 1 object differs"))
        #expect(ConvertCase.files(under: output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["gitops"])

        let missing = scratch.appendingPathComponent("not-yet")
        let fresh = try ToolProcess.run(["convert", "-f", input, "--output-dir", missing.path, "--target", "envoy-gateway", "--dry-run", "--stat"])
        #expect(fresh.status == 2, "--stat belongs to diff")
        let all = try ToolProcess.run(["convert", "-f", input, "--output-dir", missing.path, "--target", "envoy-gateway", "--dry-run"])
        #expect(all.status == 1)
        #expect(all.standardError.contains("8 objects differ: 0 changed, 8 added, 0 removed; 0 identical"))
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }
}
