import Foundation

/// One `convert` golden case: `Fixtures/convert/<case>/` with `args.txt` (the command line
/// without `--output-dir`, which the test adds), the input files, `expected-tree/` (every
/// file the command writes), `expected-stderr.txt` (with the output folder written as
/// `$OUT`) and `expected-status.txt` when the status is not 0.
struct ConvertCase: CustomStringConvertible, Sendable {
    static let group = "convert"
    var directory: URL

    var description: String { "convert/" + directory.lastPathComponent }

    static func all() -> [ConvertCase] {
        let root = SourceTree.fixtures.appendingPathComponent(group)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().map { ConvertCase(directory: root.appendingPathComponent($0)) }
            .filter { FileManager.default.fileExists(atPath: $0.directory.appendingPathComponent("args.txt").path) }
    }

    var arguments: [String] {
        let text = (try? String(contentsOf: directory.appendingPathComponent("args.txt"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    var expectedTree: URL { directory.appendingPathComponent("expected-tree") }

    /// Every regular file under `folder`, by relative path, with its text.
    static func files(under folder: URL) -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = (try? String(contentsOf: url, encoding: .utf8)) ?? "<unreadable>"
            }
        }
        return result
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("i2gw-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
