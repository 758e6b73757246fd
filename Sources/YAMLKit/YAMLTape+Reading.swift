extension YAMLTape {
    /// One node as a reader sees it.
    public enum Item {
        /// The null value.
        case null
        /// A bool.
        case bool(Bool)
        /// An int.
        case int(Int)
        /// A float.
        case float(Double)
        /// A string (or a mapping key) as UTF-8 bytes, valid only inside ``YAMLTape/read(_:)``.
        case string(UnsafeBufferPointer<UInt8>)
        /// A mapping; `count` entries follow, each a `.string` key then its value.
        case mapping(count: Int)
        /// A sequence; `count` items follow. `ofNonEmptyMappings` says whether every item is a
        /// mapping with at least one entry (false for an empty sequence).
        case sequence(count: Int, ofNonEmptyMappings: Bool)
    }

    /// A cursor over the nodes of a tape, in document order.
    public struct Reader {
        private let nodes: UnsafeBufferPointer<Node>
        private let bytes: UnsafeBufferPointer<UInt8>
        private var index = 0

        init(nodes: UnsafeBufferPointer<Node>, bytes: UnsafeBufferPointer<UInt8>) {
            self.nodes = nodes
            self.bytes = bytes
        }

        /// The next node. A reader must not read past the value it was given: the root, the
        /// entries a mapping announced, the items a sequence announced.
        public mutating func next() -> Item {
            let node = nodes[index]
            index += 1
            switch node.kind {
            case .null: return .null
            case .bool: return .bool(node.flag)
            case .int: return .int(node.payload)
            case .float: return .float(Double(bitPattern: UInt64(UInt(bitPattern: node.payload))))
            case .string where node.flag:
                return .string(UnsafeBufferPointer(start: UnsafePointer(bitPattern: node.payload), count: node.count))
            case .string: return .string(UnsafeBufferPointer(rebasing: bytes[node.payload..<(node.payload + node.count)]))
            case .mapping: return .mapping(count: node.count)
            case .sequence: return .sequence(count: node.count, ofNonEmptyMappings: node.flag)
            }
        }

        /// The next node, which must be a mapping key: its UTF-8 bytes.
        public mutating func nextKey() -> UnsafeBufferPointer<UInt8> {
            guard case .string(let key) = next() else { preconditionFailure("a mapping key is a string") }
            return key
        }

        /// The next node, which must be a mapping key: its UTF-8 bytes, and whether they are a
        /// literal the tape points at (``YAMLTape/key(_:)``) rather than a copy.
        mutating func nextKeyNotingLiterals() -> (bytes: UnsafeBufferPointer<UInt8>, isLiteral: Bool) {
            let isLiteral = index < nodes.count && nodes[index].kind == .string && nodes[index].flag
            return (nextKey(), isLiteral)
        }
    }

    /// Calls `body` with a reader positioned at the root value.
    public func read<Result>(_ body: (inout Reader) throws -> Result) rethrows -> Result {
        try nodes.withUnsafeBufferPointer { nodes in
            try bytes.withUnsafeBufferPointer { bytes in
                var reader = Reader(nodes: nodes, bytes: bytes)
                return try body(&reader)
            }
        }
    }

    /// The recorded value as a tree; null for an empty tape.
    public var value: YAMLValue {
        guard !nodes.isEmpty else { return .null }
        return read { reader in Self.value(reader.next(), &reader) }
    }

    private static func value(_ item: Item, _ reader: inout Reader) -> YAMLValue {
        switch item {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .float(let number): return .float(number)
        case .string(let bytes): return .string(String(decoding: bytes, as: UTF8.self))
        case .mapping(let count):
            var entries: [YAMLValue.Entry] = []
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let key = String(decoding: reader.nextKey(), as: UTF8.self)
                entries.append(.init(key, value(reader.next(), &reader)))
            }
            return .mapping(entries)
        case .sequence(let count, _):
            var items: [YAMLValue] = []
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(value(reader.next(), &reader)) }
            return .sequence(items)
        }
    }

    /// Records a value given as a tree.
    public mutating func append(_ value: YAMLValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .int(let number): int(number)
        case .float(let number): float(number)
        case .string(let text): string(text)
        case .mapping(let entries):
            mapping { tape in
                for entry in entries {
                    tape.key(copying: entry.key)
                    tape.append(entry.value)
                }
            }
        case .sequence(let items):
            sequence { tape in
                for item in items { tape.append(item) }
            }
        }
    }

    /// A tape holding one value given as a tree.
    public init(_ value: YAMLValue) {
        self.init()
        append(value)
    }
}
