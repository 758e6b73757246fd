import Foundation
import Testing

/// The input limits at their real defaults and the ways input cannot be read, run as real
/// processes: each ends with status 2, a message naming the file (and line and column where
/// there is one), and nothing on standard output. The smaller cases are golden fixtures under
/// `Fixtures/errors/`.
@Suite struct InputLimitTests {
    static let quickstart = SourceTree.fixtures.appendingPathComponent("examples/quickstart/input.yaml")

    /// Runs `i2gw print` and checks the input-error contract; returns standard error.
    private func expectInputError(
        _ arguments: [String], input: Data = Data(), environment: [String: String] = [:], in directory: URL? = nil
    ) throws -> String {
        let result = try ToolProcess.run(["print"] + arguments, in: directory, input: input, environment: environment)
        #expect(result.status == 2, "\(arguments): \(result.standardError)")
        #expect(result.standardOutput.isEmpty, "\(arguments) wrote to standard output")
        return result.standardError
    }

    @Test func documentCountAtTheDefaultLimit() throws {
        let stream = Data(String(repeating: "---\n", count: 1_000_001).utf8)
        let error = try expectInputError(["-f", "-"], input: stream)
        #expect(error == "<stdin>:1000001:1: error: stream has more than the limit of 1000000 documents\n")
    }

    @Test func scalarSizeAtTheDefaultLimit() throws {
        let document = Data(("a: " + String(repeating: "x", count: 16 * 1024 * 1024 + 1) + "\n").utf8)
        let error = try expectInputError(["-f", "-"], input: document)
        #expect(error == "<stdin>:1:4: error: scalar of 16777217 bytes exceeds the limit of 16777216 bytes\n")
    }

    @Test func inputSizeLimitIsExactAndCountsEveryFile() throws {
        let size = try Data(contentsOf: Self.quickstart).count
        let path = Self.quickstart.path
        let exact = try ToolProcess.run(["print", "--max-input-size", "\(size)", "-f", path])
        #expect(exact.status == 0, "\(exact.standardError)")
        let error = try expectInputError(["--max-input-size", "\(size - 1)", "-f", path])
        #expect(error == "\(path): error: input is larger than the limit of \(size - 1) bytes (set another with --max-input-size or I2GW_MAX_INPUT_SIZE)\n")
        let twice = try expectInputError(["--max-input-size", "\(2 * size - 1)", "-f", path, "-f", path])
        #expect(twice.contains("limit of \(2 * size - 1) bytes"), "\(twice)")
    }

    @Test func inputSizeLimitFromTheEnvironment() throws {
        let path = Self.quickstart.path
        let error = try expectInputError(["-f", path], environment: ["I2GW_MAX_INPUT_SIZE": "1k"])
        #expect(error.contains("larger than the limit of 1000 bytes"), "\(error)")
        let overridden = try ToolProcess.run(["print", "--max-input-size", "1Mi", "-f", path], environment: ["I2GW_MAX_INPUT_SIZE": "1k"])
        #expect(overridden.status == 0, "the flag wins over the environment: \(overridden.standardError)")
        let invalid = try expectInputError(["-f", path], environment: ["I2GW_MAX_INPUT_SIZE": "lots"])
        #expect(invalid.contains(#"I2GW_MAX_INPUT_SIZE="lots" is not a size"#), "\(invalid)")
    }

    @Test(arguments: ["", "-1", "12X", "1.5Mi", "99999999999999999999", "9000000000000Gi"])
    func invalidSizesAreRejected(_ size: String) throws {
        let error = try expectInputError(["--max-input-size", size, "-f", Self.quickstart.path])
        #expect(error.contains("--max-input-size"), "\(error)")
    }

    @Test func standardInputStopsAtTheLimit() throws {
        let error = try expectInputError(["--max-input-size", "10", "-f", "-"], input: Data(repeating: UInt8(ascii: "#"), count: 100_000))
        #expect(error == "<stdin>: error: input is larger than the limit of 10 bytes (set another with --max-input-size or I2GW_MAX_INPUT_SIZE)\n")
    }

    @Test func anEndlessFileStopsAtTheLimit() throws {
        let error = try expectInputError(["--max-input-size", "1Mi", "-f", "/dev/zero"])
        #expect(error.hasPrefix("/dev/zero: error: input is larger than the limit of 1048576 bytes"), "\(error)")
    }

    @Test func aPipeInAFolderIsRefused() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: Self.quickstart, to: folder.url.appendingPathComponent("a.yaml"))
        #expect(mkfifo(folder.url.appendingPathComponent("b.yaml").path, 0o600) == 0)
        let error = try expectInputError(["-f", "."], in: folder.url)
        #expect(error == "./b.yaml: error: not a regular file (a device, pipe or socket); inside a folder only regular files are read\n")
    }

    @Test func aFolderNamedLikeAFileIsReadAsAFolder() throws {
        let folder = try TemporaryFolder()
        let inner = folder.url.appendingPathComponent("ingresses.yaml")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.quickstart, to: inner.appendingPathComponent("shop.yaml"))
        let result = try ToolProcess.run(["print", "-f", "ingresses.yaml"], in: folder.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("ingresses.yaml/shop.yaml:"), "\(result.standardError)")
    }

    @Test func anUnreadableFileIsAnInputError() throws {
        #if os(Linux)
        // Readable by no one, not even root: reading the start of a process's memory fails.
        let error = try expectInputError(["-f", "/proc/self/mem"])
        #expect(error == "/proc/self/mem: error: cannot read file: input/output error\n")
        #endif
        if geteuid() != 0 {
            let folder = try TemporaryFolder()
            let file = folder.url.appendingPathComponent("locked.yaml")
            try FileManager.default.copyItem(at: Self.quickstart, to: file)
            #expect(chmod(file.path, 0) == 0)
            let locked = try expectInputError(["-f", "locked.yaml"], in: folder.url)
            #expect(locked == "locked.yaml: error: cannot open file for reading: permission denied\n")
        }
    }

    @Test func aFailedWriteIsReportedNotACrash() throws {
        #if os(Linux)
        let process = Process()
        process.executableURL = ToolProcess.executable
        process.arguments = ["print", "-f", Self.quickstart.path]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 2)
        #expect(message.hasPrefix("i2gw: error: cannot write standard output: no space left on device"), "\(message)")
        #endif
    }
}

/// A folder under the system's temporary directory, removed when the value is released.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("i2gw-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
