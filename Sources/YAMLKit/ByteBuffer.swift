/// A growable run of bytes in memory it owns, written through a pointer: what ``BlockWriter``
/// appends its many short pieces to (indentation, indicators, scalars). An append is a
/// capacity check and a copy, without `Array`'s uniqueness check and generic copying on every
/// call. It cannot be copied, so the memory has exactly one owner, which frees it.
struct ByteBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written.
    private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes before it first grows.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        start.deallocate()
    }

    /// Forgets the bytes written, keeping the memory for the next ones.
    mutating func removeAll() {
        count = 0
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        start[count] = byte
        count += 1
    }

    /// Appends the bytes.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if capacity - count < bytes.count { grow(toHold: count + bytes.count) }
        (start + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends `byte` `repetitions` times.
    mutating func append(_ byte: UInt8, repetitions: Int) {
        guard repetitions > 0 else { return }
        if capacity - count < repetitions { grow(toHold: count + repetitions) }
        (start + count).initialize(repeating: byte, count: repetitions)
        count += repetitions
    }

    /// Appends everything written to `output`.
    func copy(to output: inout [UInt8]) {
        output.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
    }

    /// Moves the bytes to memory at least twice as large, and at least `minimum` bytes.
    private mutating func grow(toHold minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.initialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }
}
