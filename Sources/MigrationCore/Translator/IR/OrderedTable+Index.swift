/// The index of an ``OrderedTable``: linear probing over a power-of-two number of slots, kept at
/// most half full, with backward-shift deletion (no tombstones, so lookups never slow down
/// after removals).
extension OrderedTable {
    /// Where `key` is: its position and its slot, or (nil, the empty slot where it would go).
    /// The slot is -1 while the index is empty.
    @inlinable func find(_ key: Key, hash: Int) -> (position: Int?, slot: Int) {
        guard !slots.isEmpty else { return (nil, -1) }
        let mask = slots.count - 1
        var slot = hash & mask
        while true {
            let entry = slots[slot]
            if entry < 0 { return (nil, slot) }
            let position = Int(entry)
            if hashes[position] == hash, storedKeys[position] == key { return (position, slot) }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a new key (not in the table) at the end.
    @inlinable mutating func append(_ key: Key, _ value: Value, hash: Int) {
        if 2 * (keys.count + 1) > slots.count {
            rebuildIndex(slotCount: max(Self.slotCount(for: keys.count + 1), 2 * slots.count))
        }
        slots[emptySlot(for: hash)] = Int32(keys.count)
        storedKeys.append(key)
        hashes.append(hash)
        values.storage.append(value)
    }

    /// Removes the entry at `position`, whose index slot is `slot`; the last entry moves to
    /// `position`.
    @inlinable mutating func remove(at position: Int, slot: Int) {
        let mask = slots.count - 1
        // Backward shift: later entries of the probe run move up into the hole unless their
        // own home slot lies after it.
        var hole = slot
        var next = (hole + 1) & mask
        while slots[next] >= 0 {
            let home = hashes[Int(slots[next])] & mask
            let staysAfterHole = hole <= next ? (home > hole && home <= next) : (home > hole || home <= next)
            if !staysAfterHole {
                slots[hole] = slots[next]
                hole = next
            }
            next = (next + 1) & mask
        }
        slots[hole] = -1
        let last = keys.count - 1
        if position != last {
            var lastSlot = hashes[last] & mask
            while slots[lastSlot] != Int32(last) { lastSlot = (lastSlot + 1) & mask }
            slots[lastSlot] = Int32(position)
            // The last entry is moved, not copied, into the removed one's place.
            storedKeys[position] = storedKeys.removeLast()
            hashes[position] = hashes.removeLast()
            values.storage[position] = values.storage.removeLast()
        } else {
            storedKeys.removeLast()
            hashes.removeLast()
            values.storage.removeLast()
        }
    }

    /// The first empty slot of the probe run that starts at `hash`'s home slot.
    @inlinable func emptySlot(for hash: Int) -> Int {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        return slot
    }

    /// Replaces the index with one of `slotCount` slots holding every entry.
    @inlinable mutating func rebuildIndex(slotCount: Int) {
        slots = [Int32](repeating: -1, count: slotCount)
        for position in hashes.indices { slots[emptySlot(for: hashes[position])] = Int32(position) }
    }

    /// The slots an index of `count` entries needs: a power of two, at least twice `count`.
    @inlinable static func slotCount(for count: Int) -> Int {
        var slots = 8
        while slots < 2 * count { slots *= 2 }
        return slots
    }
}
