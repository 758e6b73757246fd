import Foundation

/// Reads YAML with PyYAML (`yaml.safe_load`, YAML 1.1 rules) in a `python3` subprocess,
/// as an independent check of what the emitter writes.
enum PythonYAMLReader {
    /// The reader's program: load one document and print it as JSON.
    private static let program = "import sys,yaml,json; print(json.dumps(yaml.safe_load(sys.stdin.read())))"

    /// True when `python3` runs and can import `yaml`.
    static let isAvailable: Bool = (try? run(["-c", "import yaml"], input: Data()).status) == 0

    /// The JSON value PyYAML reads from `yaml`.
    static func load(_ yaml: String) throws -> Any {
        let result = try run(["-c", program], input: Data(yaml.utf8))
        guard result.status == 0 else {
            throw ReaderFailure(message: String(decoding: result.errorOutput, as: UTF8.self))
        }
        return try JSONSerialization.jsonObject(with: result.output, options: [.fragmentsAllowed])
    }

    /// A failure of the Python reader, with its error output.
    struct ReaderFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { "python3 failed: \(message)" }
    }

    private static func run(_ arguments: [String], input: Data) throws -> (status: Int32, output: Data, errorOutput: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let standardInput = Pipe()
        let standardOutput = Pipe()
        let standardError = Pipe()
        process.standardInput = standardInput
        process.standardOutput = standardOutput
        process.standardError = standardError
        try process.run()
        standardInput.fileHandleForWriting.write(input)
        try standardInput.fileHandleForWriting.close()
        let output = standardOutput.fileHandleForReading.readDataToEndOfFile()
        let errorOutput = standardError.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, output, errorOutput)
    }
}
