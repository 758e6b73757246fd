import Foundation
import Testing

/// What `convert` does to an output folder that already exists, on bad input, and when it is
/// interrupted: the folder is either as it was or completely replaced, never half-written.
@Suite struct ConvertSafetyTests {
    static let input = SourceTree.fixtures.appendingPathComponent("convert/seed-shared-and-dedicated/input.yaml").path

    /// A folder holding one marker file.
    func existingFolder(in scratch: URL) throws -> URL {
        let folder = scratch.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "keep me\n".write(to: folder.appendingPathComponent("mine.txt"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func refusesANonEmptyFolderWithoutForce() throws {
        let scratch = try ConvertCase.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try existingFolder(in: scratch)
        let result = try ToolProcess.run(["convert", "-f", Self.input, "--output-dir", folder.path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("not empty; pass --force"))
        #expect(ConvertCase.files(under: folder) == ["mine.txt": "keep me\n"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["out"])
    }

    @Test func writesIntoAnEmptyFolder() throws {
        let scratch = try ConvertCase.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try ToolProcess.run(["convert", "-f", Self.input, "--output-dir", folder.path, "--fail-on", "none"])
        #expect(result.status == 0)
        #expect(ConvertCase.files(under: folder)["README.md"] != nil)
    }

    @Test func forceReplacesTheWholeFolderAndLeavesNothingBehind() throws {
        let scratch = try ConvertCase.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try existingFolder(in: scratch)
        let result = try ToolProcess.run(["convert", "-f", Self.input, "--output-dir", folder.path, "--force"])
        #expect(result.status == 0)
        let files = ConvertCase.files(under: folder)
        #expect(files["mine.txt"] == nil)
        #expect(files["README.md"] != nil && files["report.json"] != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["out"])
    }

    @Test func malformedInputLeavesTheFolderAsItWas() throws {
        let scratch = try ConvertCase.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try existingFolder(in: scratch)
        let bad = SourceTree.fixtures.appendingPathComponent("errors/malformed-yaml/input.yaml").path
        let result = try ToolProcess.run(["convert", "-f", bad, "--output-dir", folder.path, "--force"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("input.yaml:"))
        #expect(ConvertCase.files(under: folder) == ["mine.txt": "keep me\n"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["out"])
    }

    /// SIGTERM at varying moments: afterwards the folder holds either the old file alone or a
    /// complete new tree, and no temporary folder is left next to it.
    @Test func interruptionNeverLeavesAHalfWrittenFolder() throws {
        let scratch = try ConvertCase.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let big = scratch.appendingPathComponent("big.yaml")
        var text = ""
        for index in 0..<600 {
            text += """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: app-\(index), namespace: ns-\(index % 40)}
                spec:
                  ingressClassName: nginx
                  tls: [{hosts: [h\(index).example.com], secretName: tls-\(index)}]
                  rules: [{host: h\(index).example.com, http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: s, port: {number: 80}}}}]}}]
                ---

                """
        }
        try text.write(to: big, atomically: true, encoding: .utf8)
        var outcomes = Set<String>()
        for delay in [0.05, 0.5, 1.2, 2.5] {
            let folder = try existingFolder(in: scratch)
            let process = Process()
            process.executableURL = ToolProcess.executable
            process.arguments = ["convert", "-f", big.path, "--output-dir", folder.path, "--force"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            process.terminate()
            process.waitUntilExit()
            let files = ConvertCase.files(under: folder)
            let old = files == ["mine.txt": "keep me\n"]
            let complete = files["mine.txt"] == nil && files["README.md"] != nil && files["report.json"] != nil
            #expect(old || complete, "after SIGTERM at \(delay)s the folder has \(files.count) files")
            outcomes.insert(old ? "old" : "new")
            #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["big.yaml", "out"])
            try FileManager.default.removeItem(at: folder)
        }
        #expect(outcomes.contains("old"))
    }
}
