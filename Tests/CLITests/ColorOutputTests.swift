import Foundation
import Testing

/// Colour follows `--color`: `auto` colours only a terminal and honours `NO_COLOR` and
/// `TERM=dumb`. The terminal cases run the tool under a pseudo-terminal made by `script(1)`.
@Suite struct ColorOutputTests {
    static let escape = "\u{1B}["

    /// Runs `i2gw arguments…` in `folder` with standard output and error on a pseudo-terminal.
    static func onTerminal(_ arguments: [String], environment: [String: String], in folder: URL = ReportFixture.folder) throws -> String {
        let quoted = ([ToolProcess.executable.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-q", "-e", "-c", quoted.joined(separator: " "), "/dev/null"]
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["TERM"] = "xterm"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(arguments: [["report", "-f", "manifests"], ["print", "-f", "manifests"]])
    func autoColoursATerminal(_ arguments: [String]) throws {
        let output = try Self.onTerminal(arguments, environment: [:])
        #expect(output.contains(Self.escape + "1;31merror"), "\(output.prefix(400))")
    }

    @Test(arguments: [["NO_COLOR": "1"], ["TERM": "dumb"]])
    func autoHonoursTheEnvironment(_ environment: [String: String]) throws {
        let output = try Self.onTerminal(["report", "-f", "manifests"], environment: environment)
        #expect(output.contains("error: [I2GW-UNRESOLVED-PORT]"))
        #expect(!output.contains(Self.escape), "\(output.prefix(400))")
    }

    @Test func neverDoesNotColourATerminal() throws {
        let output = try Self.onTerminal(["report", "--color", "never", "-f", "manifests"], environment: [:])
        #expect(output.contains("Result: failed"))
        #expect(!output.contains(Self.escape))
    }

    @Test func alwaysColoursDespiteNoColor() throws {
        let result = try ToolProcess.run(["report", "--color", "always", "-f", "manifests"], in: ReportFixture.folder, environment: ["NO_COLOR": "1"])
        #expect(result.standardOutput.contains(Self.escape))
    }

    /// A pipe is not a terminal: no colour, even though `NO_COLOR` is empty (which means unset).
    @Test func autoDoesNotColourAPipe() throws {
        let result = try ToolProcess.run(["report", "-f", "manifests"], in: ReportFixture.folder, environment: ["NO_COLOR": ""])
        #expect(result.standardOutput.contains("Result: failed"))
        #expect(!result.standardOutput.contains(Self.escape))
        let printed = try ToolProcess.run(["print", "-f", "manifests"], in: ReportFixture.folder, environment: ["NO_COLOR": ""])
        #expect(!printed.standardError.contains(Self.escape))
    }
}
