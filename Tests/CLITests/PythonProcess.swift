import Foundation

/// Runs `python3` with an inline script, for checks done by real third-party readers
/// (`jsonschema`, `sarif-tools`, `junitparser`).
enum PythonProcess {
    struct Result {
        var output: String
        var status: Int32
    }

    /// Runs `python3 -c script arguments…` and returns its standard output and error, combined.
    static func run(_ script: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(output: String(decoding: data, as: UTF8.self), status: process.terminationStatus)
    }

    /// Writes `text` to a new temporary file and returns its path.
    static func temporaryFile(_ text: String, suffix: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("i2gw-\(UUID().uuidString)\(suffix)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}

/// The report fixtures' input: findings of every severity.
enum ReportFixture {
    static let folder = SourceTree.fixtures.appendingPathComponent("report/all-severities")

    /// Runs `i2gw report` on the fixture's manifests with extra arguments.
    static func report(_ arguments: [String]) throws -> ToolProcess.Result {
        try ToolProcess.run(["report", "-f", "manifests"] + arguments, in: folder, environment: ["NO_COLOR": "1"])
    }
}
