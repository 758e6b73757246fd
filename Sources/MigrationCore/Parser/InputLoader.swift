import Foundation

/// Turns the `-f` arguments into ``SourceFile``s: files, folders read recursively for
/// `*.yaml`, `*.yml` and `*.json` (in sorted order, hidden entries skipped), and `-` for
/// standard input.
public struct InputLoader: Sendable {
    /// The most bytes read in total, over all files.
    public var maxTotalBytes: Int

    /// Creates a loader.
    public init(maxTotalBytes: Int = 512 * 1024 * 1024) {
        self.maxTotalBytes = maxTotalBytes
    }

    /// Reads every path. Throws for a missing or unreadable path, a symbolic link loop, or
    /// input over the size limit.
    public func load(_ paths: [String], standardInput: () -> [UInt8] = InputLoader.readStandardInput) throws(InputError) -> [SourceFile] {
        var files: [SourceFile] = []
        var total = 0
        for path in paths {
            for file in try expand(path, standardInput: standardInput) {
                total += file.bytes.count
                if total > maxTotalBytes {
                    throw InputError(path: file.path, message: "input is larger than the limit of \(maxTotalBytes) bytes")
                }
                files.append(file)
            }
        }
        return files
    }

    private func expand(_ path: String, standardInput: () -> [UInt8]) throws(InputError) -> [SourceFile] {
        if path == "-" { return [SourceFile(path: "<stdin>", bytes: standardInput())] }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(path: path, message: "no such file or directory")
        }
        if !isDirectory.boolValue { return [try read(path)] }
        var visiting = Set<String>()
        return try walk(path, visiting: &visiting)
    }

    private func walk(_ folder: String, visiting: inout Set<String>) throws(InputError) -> [SourceFile] {
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
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory) else {
                throw InputError(path: child, message: "broken symbolic link or unreadable entry")
            }
            if isDirectory.boolValue {
                files += try walk(child, visiting: &visiting)
            } else if entry.hasSuffix(".yaml") || entry.hasSuffix(".yml") || entry.hasSuffix(".json") {
                files.append(try read(child))
            }
        }
        visiting.remove(real)
        return files
    }

    private func read(_ path: String) throws(InputError) -> SourceFile {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(path: path, message: "cannot open file for reading")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return SourceFile(path: path, bytes: [UInt8](data))
        } catch {
            throw InputError(path: path, message: "cannot read file")
        }
    }

    /// Reads all of standard input.
    public static func readStandardInput() -> [UInt8] {
        [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
}
