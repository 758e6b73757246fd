import Foundation
import MigrationCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes an ``OutputTree`` to a folder so that the folder is either as it was or complete:
///
/// 1. the files go to a hidden temporary folder next to the target (same file system);
/// 2. the temporary folder replaces the target with one `rename` — an atomic exchange when
///    the target exists (`renameat2(RENAME_EXCHANGE)` on Linux, `renamex_np(RENAME_SWAP)` on
///    macOS), after which the old content is removed;
/// 3. on SIGINT or SIGTERM before step 2, the temporary folder is removed and the target is
///    untouched; after step 2 the new content stays.
final class TreeWriter: @unchecked Sendable {
    /// A problem that leaves the target as it was.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let target: URL
    private let staging: URL
    private let lock = NSLock()
    private var committed = false
    private var signalSources: [DispatchSourceSignal] = []

    init(target: URL) {
        self.target = target.standardizedFileURL
        let parent = self.target.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.target.lastPathComponent).i2gw-\(getpid())")
    }

    /// Whether the target exists and holds anything.
    static func isNonEmptyFolder(_ url: URL) -> Bool {
        guard let items = try? FileManager.default.contentsOfDirectory(atPath: url.path) else {
            return FileManager.default.fileExists(atPath: url.path)
        }
        return !items.isEmpty
    }

    /// Lets SIGINT and SIGTERM end the process from the start, even when the parent started it
    /// with them blocked (a blocked signal stays pending, and ignoring it while the tree is
    /// written would discard it). Before writing starts nothing has changed, so dying is safe.
    static func acceptInterruptions() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Writes the tree and puts it in place.
    func write(_ tree: OutputTree) throws {
        installSignalHandlers()
        defer { removeSignalHandlers() }
        let manager = FileManager.default
        do {
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            for path in tree.paths {
                // Each file is written under the lock, so a signal handler that removed the
                // staging folder never sees it re-created behind its back.
                lock.lock()
                defer { lock.unlock() }
                let url = staging.appendingPathComponent(path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard Self.writeFile(url.path, Array(tree.files[path]!.utf8)) else {
                    throw Failure(description: "cannot write \(url.path): \(String(cString: strerror(errno)))")
                }
            }
            Self.flush(staging.path)
            try commit()
        } catch {
            lock.lock()
            if !committed { try? manager.removeItem(at: staging) }
            lock.unlock()
            if let failure = error as? Failure { throw failure }
            throw Failure(description: "cannot write \(target.path): \(error.localizedDescription)")
        }
    }

    private func commit() throws {
        lock.lock()
        defer { lock.unlock() }
        let exists = FileManager.default.fileExists(atPath: target.path)
        if exists {
            if Self.exchange(staging.path, target.path) {
                committed = true
                try? FileManager.default.removeItem(at: staging)
                return
            }
            let old = URL(fileURLWithPath: staging.path + "-old")
            guard rename(target.path, old.path) == 0 else { throw Failure(description: "cannot move \(target.path) aside: \(String(cString: strerror(errno)))") }
            guard rename(staging.path, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                _ = rename(old.path, target.path)
                throw Failure(description: "cannot rename the new tree to \(target.path): \(reason)")
            }
            committed = true
            try? FileManager.default.removeItem(at: old)
            return
        }
        guard rename(staging.path, target.path) == 0 else {
            throw Failure(description: "cannot rename the new tree to \(target.path): \(String(cString: strerror(errno)))")
        }
        committed = true
    }

    /// Writes `bytes` to a new file at `path`, whose folder exists (mode 0666 less the umask).
    /// The files need no atomic replacement of their own: the whole staging folder is put in
    /// place at once, after ``flush(_:)``.
    private static func writeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                #if canImport(Glibc)
                    Glibc.write(descriptor, buffer.baseAddress! + written, bytes.count - written)
                #else
                    Darwin.write(descriptor, buffer.baseAddress! + written, bytes.count - written)
                #endif
            }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            written += count
        }
        #if !os(Linux)
            guard fsync(descriptor) == 0 else { return false }
        #endif
        return true
    }

    /// Makes the staging folder's files durable before the folder is put in place, so that a
    /// crash right after the rename cannot leave the new tree with empty files: one `syncfs`
    /// of the file system on Linux (the files were each synced when written elsewhere).
    private static func flush(_ folder: String) {
        #if os(Linux)
            // glibc declares syncfs only for _GNU_SOURCE, so it is looked up at run time.
            typealias SyncFS = @convention(c) (Int32) -> Int32
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { return sync() }
            defer { close(descriptor) }
            if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs"), unsafeBitCast(symbol, to: SyncFS.self)(descriptor) == 0 {
                return
            }
            sync()
        #endif
    }

    /// Swaps two paths atomically, when the system can.
    private static func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
            // glibc declares renameat2 only for _GNU_SOURCE, so it is looked up at run time.
            typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let atCurrentDirectory: Int32 = -100, renameExchange: UInt32 = 1 << 1
            return renameat2(atCurrentDirectory, first, atCurrentDirectory, second, renameExchange) == 0
        #elseif canImport(Darwin)
            return renamex_np(first, second, UInt32(RENAME_SWAP)) == 0
        #else
            return false
        #endif
    }

    private func installSignalHandlers() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in
                // Holds the lock until exit: nothing is written after the clean-up. Before the
                // commit the staging folder holds the new tree; after it, the old one.
                lock.lock()
                try? FileManager.default.removeItem(at: staging)
                try? FileManager.default.removeItem(atPath: staging.path + "-old")
                StandardStreams.writeError("i2gw: interrupted; \(committed ? "the new tree is in place" : "\(target.path) was left as it was")\n")
                Foundation.exit(128 + number)
            }
            source.resume()
            signalSources.append(source)
        }
        // A parent may start us with these signals blocked (the mask is inherited); unblock
        // them so Ctrl-C and termination reach the handlers above.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    private func removeSignalHandlers() {
        for source in signalSources { source.cancel() }
        signalSources = []
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
