import Foundation

/// One golden case: `Fixtures/<group>/<case>/` with
/// - `args.txt` (optional): the command line, one argument per line; default `print -f input.yaml`;
/// - `stdin.yaml` (optional): fed to standard input;
/// - `expected-output.txt`, or `expected.yaml` when the output is YAML manifests: standard output;
/// - `env.txt` (optional): environment variables, one `NAME=value` a line; `${CASE}` is the
///   case folder, `${FIXTURES}` the `Fixtures` folder and `${PATH}` the test's own `PATH`;
/// - `expected-stderr.txt`: findings and summary, as printed;
/// - `expected-status.txt` (optional): the exit status, default 0.
///
/// `I2GW_RECORD=1 swift test` rewrites the expected files from the current output.
struct FixtureCase: CustomStringConvertible, Sendable {
    var directory: URL

    var description: String {
        directory.deletingLastPathComponent().lastPathComponent + "/" + directory.lastPathComponent
    }

    /// Cases whose expected output is standard output (every group but `convert/`).
    static func all() -> [FixtureCase] {
        let groups = (try? FileManager.default.contentsOfDirectory(atPath: SourceTree.fixtures.path)) ?? []
        var cases: [FixtureCase] = []
        for group in groups.sorted() where group != ConvertCase.group {
            let groupURL = SourceTree.fixtures.appendingPathComponent(group)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: groupURL.path)) ?? []
            for name in names.sorted() {
                let url = groupURL.appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: url.appendingPathComponent("expected-stderr.txt").path)
                    || FileManager.default.fileExists(atPath: url.appendingPathComponent("args.txt").path)
                    || FileManager.default.fileExists(atPath: url.appendingPathComponent("input.yaml").path)
                {
                    cases.append(FixtureCase(directory: url))
                }
            }
        }
        return cases
    }

    func file(_ name: String) -> URL { directory.appendingPathComponent(name) }

    func read(_ name: String) -> String? {
        try? String(contentsOf: file(name), encoding: .utf8)
    }

    var arguments: [String] {
        guard let text = read("args.txt") else { return ["print", "-f", "input.yaml"] }
        return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// The file that holds the expected standard output: `expected.yaml` when it is YAML
    /// manifests, `expected-output.txt` otherwise (`-o json`, `-o kyaml`, a diff).
    var outputFile: String {
        if FileManager.default.fileExists(atPath: file("expected-output.txt").path) { return "expected-output.txt" }
        let args = arguments
        if args.first == "diff" || args.contains("--dry-run") { return "expected-output.txt" }
        if let index = args.firstIndex(where: { $0 == "-o" || $0 == "--output" }), index + 1 < args.count, args[index + 1] != "yaml" {
            return "expected-output.txt"
        }
        return "expected.yaml"
    }

    /// The variables of `env.txt`, expanded.
    var environment: [String: String] {
        guard let text = read("env.txt") else { return [:] }
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            let value = line[line.index(after: equals)...]
                .replacingOccurrences(of: "${CASE}", with: directory.path)
                .replacingOccurrences(of: "${FIXTURES}", with: SourceTree.fixtures.path)
                .replacingOccurrences(of: "${PATH}", with: ProcessInfo.processInfo.environment["PATH"] ?? "")
            result[String(line[..<equals])] = value
        }
        return result
    }

    static var recording: Bool { ProcessInfo.processInfo.environment["I2GW_RECORD"] == "1" }
}
