import Foundation

/// Turns the `-f` arguments into ``SourceFile``s: files, folders read recursively for
/// `*.yaml`, `*.yml` and `*.json` (in sorted order, hidden entries skipped), and `-` for
/// standard input.
///
/// Reading is bounded: all inputs together may hold at most ``maxTotalBytes`` bytes, and
/// reading stops as soon as that is exceeded (so `-f /dev/zero` or an endless pipe fails
/// quickly). A path given with `-f` may be any readable file, including a pipe (`-f <(kubectl
/// get …)`); inside a folder only regular files are read.
public struct InputLoader: Sendable {
    /// The most bytes read in total, over all files.
    public var maxTotalBytes: Int

    /// The default total input size limit: 512 MiB.
    public static let defaultMaxTotalBytes = 512 * 1024 * 1024

    /// Creates a loader.
    public init(maxTotalBytes: Int = InputLoader.defaultMaxTotalBytes) {
        self.maxTotalBytes = maxTotalBytes
    }

    /// Reads every path. Throws for a missing or unreadable path, a symbolic link loop, a
    /// special file inside a folder, or input over the size limit. `standardInput` replaces
    /// reading `-` from the process's standard input (for tests).
    public func load(_ paths: [String], standardInput: (() -> [UInt8])? = nil) throws(InputError) -> [SourceFile] {
        var reader = Reader(budget: maxTotalBytes, limit: maxTotalBytes, standardInput: standardInput)
        var files: [SourceFile] = []
        for path in paths {
            files += try reader.expand(path)
        }
        return files
    }

    /// One load: the budget left and the folders being walked.
    private struct Reader {
        var budget: Int
        let limit: Int
        let standardInput: (() -> [UInt8])?

        mutating func expand(_ path: String) throws(InputError) -> [SourceFile] {
            if path == "-" { return [try readStandardInput()] }
            var status = stat()
            guard stat(path, &status) == 0 else {
                if errno == ENOENT || errno == ENOTDIR { throw InputError(path: path, message: "no such file or directory") }
                if errno == ELOOP { throw InputError(path: path, message: "symbolic link loop") }
                throw InputError(path: path, message: "cannot read: \(BoundedReader.describe(errno))")
            }
            if status.st_mode & S_IFMT != S_IFDIR { return [try read(path)] }
            var visiting = Set<String>()
            return try walk(path, visiting: &visiting)
        }

        private mutating func walk(_ folder: String, visiting: inout Set<String>) throws(InputError) -> [SourceFile] {
            let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
            guard visiting.insert(real).inserted else {
                throw InputError(path: folder, message: "symbolic link loop: this folder leads back to a folder that is already being read")
            }
            let entries: [String]
            do {
                entries = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            } catch {
                throw InputError(path: folder, message: "cannot read folder")
            }
            var files: [SourceFile] = []
            for entry in entries where !entry.hasPrefix(".") {
                let child = folder.hasSuffix("/") ? folder + entry : folder + "/" + entry
                var status = stat()
                guard stat(child, &status) == 0 else {
                    throw InputError(path: child, message: "broken symbolic link or unreadable entry")
                }
                let type = status.st_mode & S_IFMT
                if type == S_IFDIR {
                    files += try walk(child, visiting: &visiting)
                } else if entry.hasSuffix(".yaml") || entry.hasSuffix(".yml") || entry.hasSuffix(".json") {
                    guard type == S_IFREG else {
                        throw InputError(path: child, message: "not a regular file (a device, pipe or socket); inside a folder only regular files are read")
                    }
                    files.append(try read(child))
                }
            }
            visiting.remove(real)
            return files
        }

        private mutating func read(_ path: String) throws(InputError) -> SourceFile {
            switch try BoundedReader.read(path: path, budget: budget) {
            case .bytes(let bytes): return accept(SourceFile(path: path, bytes: bytes))
            case .overBudget: throw overLimit(path)
            }
        }

        private mutating func readStandardInput() throws(InputError) -> SourceFile {
            let path = "<stdin>"
            if let standardInput {
                let bytes = standardInput()
                guard bytes.count <= budget else { throw overLimit(path) }
                return accept(SourceFile(path: path, bytes: bytes))
            }
            switch try BoundedReader.read(descriptor: STDIN_FILENO, budget: budget, path: path) {
            case .bytes(let bytes): return accept(SourceFile(path: path, bytes: bytes))
            case .overBudget: throw overLimit(path)
            }
        }

        private mutating func accept(_ file: SourceFile) -> SourceFile {
            budget -= file.bytes.count
            return file
        }

        private func overLimit(_ path: String) -> InputError {
            InputError(
                path: path,
                message: "input is larger than the limit of \(limit) bytes (set another with --max-input-size or I2GW_MAX_INPUT_SIZE)")
        }
    }
}
