extension Dictionary {
    /// Lets `body` change every value in place, with its key, in the dictionary's order.
    ///
    /// A loop over `indices` would keep a second reference to the dictionary's storage, so its
    /// first write would copy the whole table (every key and value) and free the old one; here
    /// nothing but the dictionary holds its storage while values are written.
    ///
    /// Inlinable, so that each caller gets a copy specialized to its table: a generic loop
    /// copies every key through the type's value witnesses.
    @inlinable
    public mutating func updateEachValue(_ body: (Key, inout Value) throws -> Void) rethrows {
        var position = startIndex
        while position != endIndex {
            let key = keys[position]
            try body(key, &values[position])
            position = index(after: position)
        }
    }
}
