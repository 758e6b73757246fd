/// One YAML value recorded as a flat list of nodes in document order, with the UTF-8 bytes of
/// every string in one buffer: what generated objects are encoded into and what the output
/// formats read (``YAMLEmitter/emit(_:into:)-(YAMLTape,_)``, or ``read(_:)``).
///
/// Unlike a ``YAMLValue`` tree, recording allocates nothing per node: a tape that is emptied
/// with ``removeAll()`` and reused keeps its storage, and reading it touches no reference
/// counts. A mapping node is followed by its entries, each a key (a string node) then the
/// value; a sequence node by its items. Collections know how many entries or items they hold,
/// and a sequence whether every item is a non-empty mapping (KYAML writes those `[{ … }]`).
///
/// A tape holds one value (the root). Values are recorded with ``string(_:)``, ``int(_:)``,
/// ``bool(_:)``, ``float(_:)``, ``null()``, ``mapping(_:)``, ``sequence(_:)`` and
/// ``append(_:)``; inside a mapping, each value follows its key — ``key(_:)`` for a literal
/// (not copied), ``key(copying:)`` for any string — or is recorded with
/// ``entryUnlessEmpty(_:_:)``, which leaves out the entry if its value is an empty collection.
public struct YAMLTape: Sendable {
    /// What a node is.
    @usableFromInline
    enum NodeKind: UInt8, Sendable {
        case null, bool, int, float, string, mapping, sequence
    }

    /// One recorded node; plain data, so the list is copied and freed without reference counting.
    @usableFromInline
    struct Node: Sendable {
        @usableFromInline var kind: NodeKind
        /// A bool's value; for a string, whether it points at a literal instead of ``bytes``;
        /// for a sequence, whether every item is a non-empty mapping.
        @usableFromInline var flag: Bool
        /// A string's first byte in ``bytes`` (or, when `flag` is set, the address of the
        /// literal it points at); an int's value; a float's bit pattern.
        @usableFromInline var payload: Int
        /// A string's length in bytes; a mapping's entries; a sequence's items.
        @usableFromInline var count: Int

        @inlinable
        init(kind: NodeKind, flag: Bool = false, payload: Int = 0, count: Int = 0) {
            self.kind = kind
            self.flag = flag
            self.payload = payload
            self.count = count
        }
    }

    /// The mapping or sequence whose contents are being recorded (for the root, a stand-in
    /// that belongs to no node).
    @usableFromInline
    struct OpenCollection: Sendable {
        @usableFromInline var node: Int
        @usableFromInline var count = 0
        @usableFromInline var everyItemIsNonEmptyMapping = true

        @inlinable
        init(node: Int) {
            self.node = node
        }
    }

    @usableFromInline var nodes: [Node] = []
    @usableFromInline var bytes: [UInt8] = []
    @usableFromInline var open = OpenCollection(node: -1)

    /// An empty tape.
    public init() {}

    /// Empties the tape, keeping its storage for the next value.
    public mutating func removeAll() {
        nodes.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        open = OpenCollection(node: -1)
    }

    // MARK: Scalars

    /// Records the null value.
    @inlinable
    public mutating func null() {
        appendValue(Node(kind: .null))
    }

    /// Records a bool.
    @inlinable
    public mutating func bool(_ value: Bool) {
        appendValue(Node(kind: .bool, flag: value))
    }

    /// Records an int.
    @inlinable
    public mutating func int(_ value: Int) {
        appendValue(Node(kind: .int, payload: value))
    }

    /// Records a float.
    @inlinable
    public mutating func float(_ value: Double) {
        appendValue(Node(kind: .float, payload: Int(bitPattern: UInt(value.bitPattern))))
    }

    /// Records a string.
    @inlinable
    public mutating func string(_ text: String) {
        appendValue(stringNode(text))
    }

    // MARK: Collections

    /// Records the key of the next entry of the mapping being recorded, copying its bytes; its
    /// value follows.
    @inlinable
    public mutating func key(copying key: String) {
        nodes.append(stringNode(key))
    }

    /// Records the key of the next entry as a literal written in the source, such as a field
    /// name: its bytes are not copied, the node points at the literal. Its value follows.
    @inlinable
    public mutating func key(_ key: StaticString) {
        guard key.hasPointerRepresentation else { return self.key(copying: key.description) }
        nodes.append(Node(kind: .string, flag: true, payload: Int(bitPattern: key.utf8Start), count: key.utf8CodeUnitCount))
    }

    /// Records a mapping whose entries `body` records (an empty one if it records none).
    @inlinable
    public mutating func mapping(_ body: (inout YAMLTape) -> Void) {
        let outer = begin(.mapping)
        body(&self)
        end(.mapping, returningTo: outer)
    }

    /// Records a sequence whose items `body` records (an empty one if it records none).
    @inlinable
    public mutating func sequence(_ body: (inout YAMLTape) -> Void) {
        let outer = begin(.sequence)
        body(&self)
        end(.sequence, returningTo: outer)
    }

    /// Records an entry of the mapping being recorded: `key`, then the one value `body`
    /// records; when that value is an empty mapping or sequence, the entry is left out.
    @inlinable
    public mutating func entryUnlessEmpty(_ key: StaticString, _ body: (inout YAMLTape) -> Void) {
        let nodeMark = nodes.count
        let byteMark = bytes.count
        self.key(key)
        body(&self)
        dropEntryIfEmpty(nodeMark: nodeMark, byteMark: byteMark)
    }

    // MARK: Recording

    @usableFromInline
    mutating func stringNode(_ text: String) -> Node {
        let start = bytes.count
        // A native string's bytes are contiguous: one copy, not a walk over the UTF-8 view.
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: text.utf8)
        }
        return Node(kind: .string, payload: start, count: bytes.count - start)
    }

    @inlinable
    mutating func appendValue(_ node: Node) {
        nodes.append(node)
        open.count += 1
        open.everyItemIsNonEmptyMapping = false
    }

    /// Starts a collection; returns the one that was open, to return to at its end.
    @inlinable
    mutating func begin(_ kind: NodeKind) -> OpenCollection {
        let outer = open
        open = OpenCollection(node: nodes.count)
        nodes.append(Node(kind: kind))
        return outer
    }

    /// Ends the open collection, and counts it as a value of `outer`.
    @inlinable
    mutating func end(_ kind: NodeKind, returningTo outer: OpenCollection) {
        let collection = open
        open = outer
        nodes[collection.node].count = collection.count
        nodes[collection.node].flag = kind == .sequence && collection.count > 0 && collection.everyItemIsNonEmptyMapping
        open.count += 1
        if kind != .mapping || collection.count == 0 { open.everyItemIsNonEmptyMapping = false }
    }

    /// Takes back the entry recorded from `nodeMark` and `byteMark` if its value (the node
    /// after the key) is an empty collection.
    @usableFromInline
    mutating func dropEntryIfEmpty(nodeMark: Int, byteMark: Int) {
        let value = nodes[nodeMark + 1]
        guard (value.kind == .mapping || value.kind == .sequence) && value.count == 0 else { return }
        nodes.removeLast(nodes.count - nodeMark)
        bytes.removeLast(bytes.count - byteMark)
        open.count -= 1
    }
}
