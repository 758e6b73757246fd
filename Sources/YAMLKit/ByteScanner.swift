/// A forward-only cursor over UTF-8 bytes, used to match the fixed scalar grammars
/// (numbers, timestamps) without regular expressions.
struct ByteScanner {
    /// The bytes being matched.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The index of the next unread byte.
    var index: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.index = 0
    }

    /// True when every byte has been consumed.
    var isAtEnd: Bool { index >= bytes.count }

    /// The next byte without consuming it, or nil at the end.
    var peek: UInt8? { isAtEnd ? nil : bytes[index] }

    /// Consumes the next byte when it equals `byte`.
    mutating func consume(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    /// Consumes the next byte when it satisfies `predicate`.
    mutating func consume(where predicate: (UInt8) -> Bool) -> Bool {
        guard let next = peek, predicate(next) else { return false }
        index += 1
        return true
    }

    /// Consumes an optional `+` or `-`; returns the sign byte when one was consumed.
    mutating func consumeSign() -> UInt8? {
        guard let next = peek, next == ASCII.plus || next == ASCII.minus else { return nil }
        index += 1
        return next
    }

    /// Consumes bytes while they satisfy `predicate`; returns how many were consumed.
    @discardableResult
    mutating func consumeRun(where predicate: (UInt8) -> Bool) -> Int {
        let start = index
        while let next = peek, predicate(next) { index += 1 }
        return index - start
    }

    /// Consumes between `minimum` and `maximum` decimal digits; false (and no change) otherwise.
    mutating func consumeDigits(minimum: Int, maximum: Int) -> Bool {
        let start = index
        while index - start < maximum, let next = peek, ASCII.isDecimalDigit(next) { index += 1 }
        if index - start >= minimum { return true }
        index = start
        return false
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes, without copying when the storage is contiguous.
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        return try Array(utf8).withUnsafeBufferPointer(body)
    }
}
