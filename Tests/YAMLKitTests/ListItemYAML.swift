@testable import YAMLKit

/// Random `kind: List` documents for the cutting tests: items of every block and flow shape,
/// with literal blocks holding lines like items, keys and comments, quoted scalars across
/// lines (some with libyaml's other line breaks), anchors and aliases within an item, tags,
/// and comments at column 0 between and inside items.
struct ListItemYAML {
    var random: SeededRandom
    /// Whether quoted scalars may continue on a line that starts with `- ` at column 0 (valid
    /// YAML that looks like an item).
    var itemLookalikes = false
    private var anchors = 0

    init(seed: UInt64, itemLookalikes: Bool = false) {
        random = SeededRandom(state: seed)
        self.itemLookalikes = itemLookalikes
    }

    private mutating func pick(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }

    /// A whole List document with `count` items.
    mutating func document(items count: Int, lineBreak: String) -> String {
        var lines = ["# a dump", "apiVersion: v1", pick(2) == 0 ? "items:" : "items:   # objects"]
        for index in 0..<count {
            if pick(6) == 0 { lines += ["# between items", ""] }
            lines += item(index)
        }
        lines += ["kind: List", "metadata:", "  resourceVersion: \"\""]
        return lines.joined(separator: lineBreak) + lineBreak
    }

    /// One item's lines, starting with `- ` at column 0.
    private mutating func item(_ index: Int) -> [String] {
        switch pick(10) {
        case 0: return ["- plain item \(index)"]
        case 1: return ["- {name: flow-\(index), list: [a, \"b\"]}"]
        case 2: return ["- - nested-\(index)", "  - {x: 1}"]
        case 3: return ["- |", "  literal item", "  - not an item", "", "  key: not a key"]
        default:
            var lines = mapping(indent: 2, depth: 0, name: "object-\(index)")
            lines[0] = "- " + lines[0].dropFirst(2)
            return lines
        }
    }

    /// A block mapping at `indent` with a few random fields.
    private mutating func mapping(indent: Int, depth: Int, name: String) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines = ["\(pad)name: \(name)"]
        for field in 0..<(1 + pick(5)) {
            let key = "\(pad)f\(field)"
            switch pick(depth < 3 ? 14 : 10) {
            case 0: lines.append("\(key): 'single ''quoted'''")
            case 1: lines += ["\(key): \"double", "\(pad)  quoted\""]
            case 2: lines.append("\(key): \"line\u{2028}separated and next\u{85}line\"")
            case 3: lines += ["\(key): |", "\(pad)  - looks like an item", "", "\(pad)  kind: List", "\(pad)  # not a comment"]
            case 4: lines += ["\(key): >+", "\(pad)  folded", "", ""]
            case 5: lines.append("\(key): [1, {two: 2}, \"three\"]")
            case 6:
                anchors += 1
                lines += ["\(key): &anchor\(anchors) {a: [1, 2]}", "\(key)alias: *anchor\(anchors)"]
            case 7: lines.append("\(key): !!str 123")
            case 8: lines += ["# a comment at column 0", "\(key): plain", "\(pad)  continued"]
            case 9:
                if itemLookalikes { lines += ["\(key): \"quoted", "- looks like an item\""] } else { lines.append("\(key):") }
            case 10, 11: lines += ["\(key):"] + mapping(indent: indent + 2, depth: depth + 1, name: "inner")
            default:
                // A sequence at its key's indentation, whose second entry is a mapping.
                var entry = mapping(indent: indent + 2, depth: depth + 1, name: "entry")
                entry[0] = pad + "- " + entry[0].dropFirst(indent + 2)
                lines += ["\(key):", "\(pad)- first"] + entry
            }
        }
        return lines
    }
}

/// Every node with its position (moved by `lineOffset`), tag, style and text.
func describeNode(_ node: Node, lineOffset: Int = 0) -> String {
    let position = "\(node.mark.line + lineOffset):\(node.mark.column)\(node.tag.map { " " + $0 } ?? "")"
    switch node.content {
    case .scalar(let scalar):
        return "\(position) \(scalar.style) \(scalar.text.debugDescription)"
    case .sequence(let items):
        return "\(position) [" + items.map { describeNode($0, lineOffset: lineOffset) }.joined(separator: ", ") + "]"
    case .mapping(let pairs):
        return "\(position) {" + pairs.map {
            describeNode($0.key, lineOffset: lineOffset) + ": " + describeNode($0.value, lineOffset: lineOffset)
        }.joined(separator: ", ") + "}"
    }
}
