/// A string's place in `String` order, cheap to compare: its first fifteen UTF-8 bytes in two
/// big-endian integers, with its length (up to sixteen) and whether it is plain ASCII.
///
/// Sorting tens of thousands of names with `<` reads two strings at every comparison, each
/// stored somewhere on the heap: at 100k Ingresses most of those reads are cache misses. Keys
/// gathered once, side by side with the positions being sorted, decide nearly every comparison
/// on their own, and the strings are read only when the keys cannot tell.
///
/// Only ASCII strings are compared by their bytes: `String` orders by canonical equivalence, so
/// two spellings of `é` are equal, and a decomposed accent can sort apart from its bytes. For
/// ASCII text, which every Kubernetes name and canonical timestamp is, the order of the bytes is
/// exactly `String`'s order.
struct StringOrderKey: Sendable {
    /// Bytes 0–7, the first in the highest byte; missing bytes are zero.
    var high: UInt64
    /// Bytes 8–14 in the upper seven bytes; the lowest byte holds the length (16 for anything
    /// longer than fifteen bytes) times two, plus one when some byte is not ASCII.
    var low: UInt64

    /// The key of `string`.
    init(_ string: String) {
        var high: UInt64 = 0
        var low: UInt64 = 0
        var count = 0
        var ascii = true
        func add(_ byte: UInt8, at offset: Int) {
            if byte >= 0x80 { ascii = false }
            if offset < 8 {
                high |= UInt64(byte) << (56 - 8 * UInt64(offset))
            } else if offset < 15 {
                low |= UInt64(byte) << (120 - 8 * UInt64(offset))
            }
        }
        let gathered: Void? = string.utf8.withContiguousStorageIfAvailable { bytes in
            count = bytes.count
            for offset in bytes.indices { add(bytes[offset], at: offset) }
        }
        if gathered == nil {
            for byte in string.utf8 {
                add(byte, at: count)
                count += 1
            }
        }
        self.high = high
        self.low = low | UInt64(min(count, 16) << 1) | (ascii ? 0 : 1)
    }

    /// How two ASCII strings compare by their keys alone: -1, 0 or 1, or nil when the strings
    /// themselves must be compared (one of them is not ASCII, or both agree on their first
    /// fifteen bytes and one is longer than that).
    @inline(__always)
    static func compare(_ lhs: StringOrderKey, _ rhs: StringOrderKey) -> Int? {
        guard (lhs.low | rhs.low) & 1 == 0 else { return nil }
        if lhs.high != rhs.high { return lhs.high < rhs.high ? -1 : 1 }
        let lhsBytes = lhs.low >> 8, rhsBytes = rhs.low >> 8
        if lhsBytes != rhsBytes { return lhsBytes < rhsBytes ? -1 : 1 }
        // Equal first fifteen bytes (zero-padded). When both strings fit in them, the shorter
        // one is the beginning of the longer (the padding matched its zero bytes), so the
        // lengths decide.
        let lhsCount = (lhs.low & 0xFF) >> 1, rhsCount = (rhs.low & 0xFF) >> 1
        guard lhsCount < 16, rhsCount < 16 else { return nil }
        return lhsCount == rhsCount ? 0 : (lhsCount < rhsCount ? -1 : 1)
    }

    /// How two strings compare in `String` order (-1, 0 or 1): by their keys when they can
    /// tell, and only otherwise by reading the strings.
    @inline(__always)
    static func compare(
        _ lhsKey: StringOrderKey, _ rhsKey: StringOrderKey, _ lhs: @autoclosure () -> String, _ rhs: @autoclosure () -> String
    ) -> Int {
        if let decided = compare(lhsKey, rhsKey) { return decided }
        let left = lhs(), right = rhs()
        if left == right { return 0 }
        return left < right ? -1 : 1
    }
}
