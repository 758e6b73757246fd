/// The literal keys (field names written in the source, which a ``YAMLTape`` points at) that
/// block YAML writes plain and in the simple form, remembered by the address and length of
/// their bytes. A literal never changes, so what was found once holds for the rest of the run,
/// and a writer that writes many documents judges each field name once instead of at every use.
///
/// Direct-mapped: each of 64 slots remembers one literal; a key that is not remembered (never
/// seen, pushed out by another, or not written plain) is judged again by the full rules.
struct LiteralKeyCache {
    private static let slotCount = 64
    private var tags = [UInt64](repeating: 0, count: slotCount)

    /// True when these literal bytes were remembered as a plain simple key.
    func isPlainSimpleKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.baseAddress != nil, bytes.count <= BlockWriter.simpleKeyLimit else { return false }
        let tag = Self.tag(bytes)
        return tags[Self.slot(tag)] == tag
    }

    /// Remembers literal bytes that are written as a plain simple key (at most
    /// ``BlockWriter/simpleKeyLimit`` bytes long).
    mutating func rememberPlainSimpleKey(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(bytes.count <= BlockWriter.simpleKeyLimit)
        let tag = Self.tag(bytes)
        tags[Self.slot(tag)] = tag
    }

    /// The address in the high bits and the length (below 256) in the low byte: different for
    /// every literal, and never 0, the value of an empty slot.
    private static func tag(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        UInt64(UInt(bitPattern: bytes.baseAddress)) << 8 | UInt64(bytes.count)
    }

    private static func slot(_ tag: UInt64) -> Int {
        Int(truncatingIfNeeded: (tag >> 8) ^ (tag >> 14)) & (slotCount - 1)
    }
}
