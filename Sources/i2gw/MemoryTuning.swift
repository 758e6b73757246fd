#if canImport(Glibc)
import Glibc
#endif

/// Process-wide allocator settings, applied before any work.
enum MemoryTuning {
    /// With glibc, blocks of 1 MiB and more are always mapped on their own and unmapped when
    /// freed. glibc otherwise raises that threshold each time a large block is freed (the input
    /// file's bytes, after parsing), after which large blocks come from the heap and stay
    /// resident once freed: a higher peak memory for the same work.
    ///
    /// `mallopt` is declared in `malloc.h`, which the Glibc module does not export; it is looked
    /// up by name (`M_MMAP_THRESHOLD` is -3 in glibc).
    ///
    /// The number of arenas keeps glibc's default (one per thread, up to eight per core): with a
    /// single arena, the threads that parse and render wait on its lock, about 16,000 times in a
    /// run on 10,000 Ingresses, for the same peak memory.
    static func apply() {
        #if canImport(Glibc)
        typealias MallocOption = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: MallocOption.self)
        _ = mallopt(-3, 1 << 20)
        #endif
    }
}
