import Foundation
import Testing

/// Runs every `Fixtures/convert/` case through the real binary into a temporary folder and
/// compares the written tree with `expected-tree/` file by file, and standard error and the
/// exit status with the recorded files. `I2GW_RECORD=1` rewrites them.
@Suite struct ConvertFixtureTests {
    @Test(arguments: ConvertCase.all())
    func convertCase(_ fixture: ConvertCase) throws {
        let scratch = try ConvertCase.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("out")
        let result = try ToolProcess.run(fixture.arguments + ["--output-dir", output.path], in: fixture.directory)
        let stderr = result.standardError.replacingOccurrences(of: output.path, with: "$OUT")
        let written = ConvertCase.files(under: output)
        #expect(result.standardOutput.isEmpty)
        if FixtureCase.recording {
            try? FileManager.default.removeItem(at: fixture.expectedTree)
            try FileManager.default.copyItem(at: output, to: fixture.expectedTree)
            try stderr.write(to: fixture.directory.appendingPathComponent("expected-stderr.txt"), atomically: true, encoding: .utf8)
            let statusFile = fixture.directory.appendingPathComponent("expected-status.txt")
            if result.status != 0 { try "\(result.status)\n".write(to: statusFile, atomically: true, encoding: .utf8) } else { try? FileManager.default.removeItem(at: statusFile) }
            return
        }
        let expected = ConvertCase.files(under: fixture.expectedTree)
        try #require(!expected.isEmpty, "missing expected-tree/; record with I2GW_RECORD=1")
        #expect(written.keys.sorted() == expected.keys.sorted(), "the written files differ from expected-tree/")
        for path in expected.keys.sorted() {
            guard let actual = written[path] else { continue }
            #expect(actual == expected[path]!, "\(path) differs:\n\(TextDiff.unified(expected[path]!, actual))")
        }
        let expectedError = try String(contentsOf: fixture.directory.appendingPathComponent("expected-stderr.txt"), encoding: .utf8)
        #expect(stderr == expectedError, "standard error differs:\n\(TextDiff.unified(expectedError, stderr))")
        let status = (try? String(contentsOf: fixture.directory.appendingPathComponent("expected-status.txt"), encoding: .utf8)) ?? "0\n"
        #expect("\(result.status)\n" == status)
    }

    @Test func everyTopologyHasACase() {
        let names = Set(ConvertCase.all().map { $0.directory.lastPathComponent })
        #expect(names.count >= 4)
        #expect(names.contains("seed-shared-and-dedicated"))
    }
}
