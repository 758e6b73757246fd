/// Values by key, kept in one array in the order they were added: the IR's table of hosts and
/// its table of route groups.
///
/// The translation walks every host and every route group a dozen times (each refinement,
/// validation and report is a pass). Walking a `Dictionary` visits its entries in hash order,
/// while what each entry points to (its rules, its names) was allocated in the order the
/// entries were made: on a cluster of a hundred thousand Ingresses nearly every step of such a
/// walk is a cache and TLB miss. This table is walked in the order of insertion, so a walk reads
/// memory roughly in the order it was written.
///
/// Keys are found through an open-addressing index (linear probing) that holds positions in
/// the arrays, next to each key's hash, so a lookup compares keys only when their hashes are
/// equal and no key is stored twice. Removing an entry moves the last entry into its place,
/// which is the only thing that changes the order.
public struct OrderedTable<Key: Hashable, Value>: ExpressibleByDictionaryLiteral {
    /// The keys, by position.
    @inlinable public var keys: [Key] { storedKeys }
    @usableFromInline var storedKeys: [Key] = []
    /// The values, by position (each key's value is at the key's position).
    public var values = Values()
    /// Each key's hash, by position.
    @usableFromInline var hashes: [Int] = []
    /// The index: a power-of-two number of slots, each empty (-1) or a position; at most half
    /// of them are used.
    @usableFromInline var slots: [Int32] = []

    /// The values of an ``OrderedTable``, which can be changed in place by position but never
    /// added or removed through this view.
    public struct Values: RandomAccessCollection {
        /// Every slot holds a value, except while ``OrderedTable/subscript(_:)`` lends one out.
        @usableFromInline var storage: [Value?] = []

        @usableFromInline init() {}

        /// The first position.
        @inlinable public var startIndex: Int { 0 }
        /// One past the last position.
        @inlinable public var endIndex: Int { storage.count }

        /// The value at `position`, readable and changeable in place.
        @inlinable public subscript(position: Int) -> Value {
            get { storage[position]! }
            _modify { yield &storage[position]! }
        }
    }

    /// An empty table.
    @inlinable public init() {}

    /// A table of the given entries, in order; a later duplicate key replaces the earlier value.
    @inlinable public init(dictionaryLiteral elements: (Key, Value)...) {
        for (key, value) in elements { self[key] = value }
    }

    /// The number of entries.
    @inlinable public var count: Int { keys.count }
    /// Whether the table is empty.
    @inlinable public var isEmpty: Bool { keys.isEmpty }
    /// The positions, in order.
    @inlinable public var indices: Range<Int> { 0..<keys.count }
    /// The first position.
    @inlinable public var startIndex: Int { 0 }
    /// One past the last position.
    @inlinable public var endIndex: Int { keys.count }
    /// The position after `position`.
    @inlinable public func index(after position: Int) -> Int { position + 1 }

    /// Makes room for `capacity` entries, so that adding them never grows the index.
    @inlinable public mutating func reserveCapacity(_ capacity: Int) {
        storedKeys.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
        values.storage.reserveCapacity(capacity)
        if slots.count < 2 * capacity { rebuildIndex(slotCount: Self.slotCount(for: capacity)) }
    }

    /// The position of `key`, if it is in the table.
    @inlinable public func index(forKey key: Key) -> Int? {
        find(key, hash: key.hashValue).position
    }

    /// The value of `key`, if any. Setting nil removes the entry; setting a value of a new key
    /// adds it at the end. Changing the value in place (`table[key]!.field = …`) does not copy
    /// it.
    @inlinable public subscript(key: Key) -> Value? {
        get {
            guard let position = find(key, hash: key.hashValue).position else { return nil }
            return values.storage[position]
        }
        _modify {
            let hash = key.hashValue
            let found = find(key, hash: hash)
            var value: Value? = nil
            if let position = found.position {
                swap(&value, &values.storage[position])
                defer {
                    if value != nil { swap(&value, &values.storage[position]) } else { remove(at: position, slot: found.slot) }
                }
                yield &value
            } else {
                defer { if let value { append(key, value, hash: hash) } }
                yield &value
            }
        }
    }

    /// Removes the entry of `key` and returns its value; the last entry takes its position.
    @inlinable @discardableResult public mutating func removeValue(forKey key: Key) -> Value? {
        let found = find(key, hash: key.hashValue)
        guard let position = found.position else { return nil }
        let value = values.storage[position]
        remove(at: position, slot: found.slot)
        return value
    }

    /// Lets `body` change every value in place, with its key, in the table's order.
    @inlinable public mutating func updateEachValue(_ body: (Key, inout Value) throws -> Void) rethrows {
        for position in keys.indices {
            try body(keys[position], &values[position])
        }
    }
}

extension OrderedTable: Sendable where Key: Sendable, Value: Sendable {}
extension OrderedTable.Values: Sendable where Value: Sendable {}
