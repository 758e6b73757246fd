/// FNV-1a, 64-bit: a hash that is the same on every run and machine (unlike `Hasher`), used
/// to make generated names unique and short.
enum StableHash {
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The first `length` hex digits of the hash.
    static func hex(_ text: String, length: Int = 8) -> String {
        let digits = String(fnv1a(text), radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - digits.count)) + digits
        return String(padded.prefix(length))
    }
}
