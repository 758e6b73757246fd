import YAMLKit

/// The entries generated objects are made of, recorded straight onto a ``YAMLTape`` in a fixed
/// key order; keys are field names written in the source, which the tape points at. Absent
/// values and empty collections are left out, so generated objects carry no empty fields;
/// where a field must be written even when empty, the encoder records the key and the value
/// itself (`tape.key(…)`, then `tape.mapping { … }` or `tape.sequence { … }`).
extension YAMLTape {
    /// `key: value`, unless the value is nil.
    mutating func add(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        self.key(key)
        string(value)
    }

    /// `key: value`, unless the value is nil.
    mutating func add(_ key: StaticString, _ value: Int?) {
        guard let value else { return }
        self.key(key)
        int(value)
    }

    /// `key: value`, unless the value is nil.
    mutating func add(_ key: StaticString, _ value: Bool?) {
        guard let value else { return }
        self.key(key)
        bool(value)
    }

    /// `key:` and the mapping `body` records, unless it records no entry.
    mutating func add(_ key: StaticString, mapping body: (inout YAMLTape) -> Void) {
        entryUnlessEmpty(key) { $0.mapping(body) }
    }

    /// `key:` and a sequence with one item per element, recorded by `item`; left out when
    /// there are no elements.
    mutating func add<Element>(_ key: StaticString, each elements: [Element], _ item: (inout YAMLTape, Element) -> Void) {
        guard !elements.isEmpty else { return }
        self.key(key)
        sequence { tape in
            for element in elements { item(&tape, element) }
        }
    }

    /// `key:` and a sequence of strings, unless it is empty.
    mutating func add(_ key: StaticString, strings: [String]) {
        add(key, each: strings) { $0.string($1) }
    }

    /// `key:` and a mapping of the dictionary's entries sorted by key, unless it is empty.
    mutating func add(_ key: StaticString, sortedStrings dictionary: [String: String]) {
        guard !dictionary.isEmpty else { return }
        self.key(key)
        mapping { tape in
            for name in dictionary.keys.sorted() {
                tape.key(copying: name)
                tape.string(dictionary[name]!)
            }
        }
    }

    /// `key: value` for a value given as a tree, unless it is an empty mapping or sequence.
    mutating func add(_ key: StaticString, _ value: YAMLValue) {
        entryUnlessEmpty(key) { $0.append(value) }
    }
}
