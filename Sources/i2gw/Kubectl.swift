import Foundation
import MigrationCore

/// Runs the user's own `kubectl`, found on `PATH`, so every way kubectl reaches and
/// authenticates to a cluster (kubeconfig contexts, exec credential plugins, cloud logins)
/// works unchanged. `--context` and `--kubeconfig` are passed through when given.
///
/// kubectl inherits standard input; its output and error output are collected, the error
/// output shown when it fails (and its warnings when it succeeds).
struct Kubectl {
    /// The kubeconfig context to use (`--context`).
    var context: String?
    /// The kubeconfig file to use (`--kubeconfig`).
    var kubeconfig: String?
    /// The environment kubectl is looked up in and run with.
    var environment = ProcessInfo.processInfo.environment

    /// What one run of kubectl gave.
    struct Output {
        /// Its exit status.
        var status: Int32
        /// Its standard output.
        var standardOutput: [UInt8]
        /// Its error output.
        var standardError: String
    }

    /// The flags that choose the cluster; they follow the command's own arguments.
    var connectionArguments: [String] {
        var arguments: [String] = []
        if let context { arguments += ["--context", context] }
        if let kubeconfig { arguments += ["--kubeconfig", kubeconfig] }
        return arguments
    }

    /// The name findings and errors use for what was read from the cluster.
    var sourceName: String { context.map { "<cluster \($0)>" } ?? "<cluster>" }

    /// The kubectl executable: the first `kubectl` on `PATH` that can be run.
    func executable() throws(InputError) -> URL {
        let folders = (environment["PATH"] ?? "").split(separator: ":", omittingEmptySubsequences: false).map { $0.isEmpty ? "." : String($0) }
        for folder in folders {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent("kubectl")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        throw InputError(
            path: "kubectl",
            message: "kubectl was not found on PATH; reading a cluster runs your own kubectl (with its current context, or --context and --kubeconfig), so install it (https://kubernetes.io/docs/tasks/tools/) or add its folder to PATH")
    }

    /// Runs `kubectl arguments… connectionArguments…` and waits for it.
    func run(_ arguments: [String]) throws(InputError) -> Output {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments + connectionArguments
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw InputError(path: "kubectl", message: "cannot run \(process.executableURL!.path): \(error.localizedDescription)")
        }
        let errorReader = PipeReader(errors.fileHandleForReading)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, standardOutput: [UInt8](data),
            standardError: String(decoding: errorReader.wait(), as: UTF8.self))
    }

    /// The command line as the user would type it, for messages.
    func commandLine(_ arguments: [String]) -> String {
        (["kubectl"] + arguments + connectionArguments).joined(separator: " ")
    }

    /// An error for a run that failed, quoting kubectl's own message.
    func failure(_ arguments: [String], _ output: Output) -> InputError {
        let message = output.standardError.trimmingCharacters(in: .whitespacesAndNewlines)
        let quoted = message.isEmpty ? "" : ":\n" + message.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
        return InputError(path: "kubectl", message: "`\(commandLine(arguments))` failed with exit status \(output.status)\(quoted)")
    }
}

/// Reads a pipe to its end on its own thread, so a child that fills one pipe while the
/// other is being read never blocks.
final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }.start()
    }

    /// Everything read, once the pipe is closed.
    func wait() -> Data {
        done.wait()
        return data
    }
}
