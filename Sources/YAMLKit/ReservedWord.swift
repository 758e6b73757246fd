/// The fixed spellings that some YAML reader takes for something other than a string: the
/// null, bool and special-float keywords of YAML 1.1 and 1.2 in their listed case forms, and
/// YAML 1.1's merge key `<<` and value key `=` (which go-yaml keeps as strings).
///
/// They are matched on UTF-8 bytes: none is longer than 5 bytes, so most strings are rejected
/// by their length alone, and the rest are compared with the few spellings of their length.
enum ReservedWord {
    /// `~`, `null`, `Null`, `NULL`.
    case null
    /// The YAML 1.1 and 1.2 spellings of true and false (`y`, `yes`, `on`, `true`, ...).
    case bool(Bool)
    /// `.inf`, `+.inf`, `-.inf` and `.nan` in their case forms.
    case float(Double)
    /// `<<`, YAML 1.1's merge key.
    case mergeKey
    /// `=`, YAML 1.1's value key.
    case valueKey

    /// The longest spelling, in bytes.
    static let maximumLength = 5

    /// The reserved word these bytes spell exactly, or nil.
    static func matching(_ bytes: UnsafeBufferPointer<UInt8>) -> ReservedWord? {
        guard !bytes.isEmpty && bytes.count <= maximumLength else { return nil }
        let code = packed(bytes)
        for index in spellings.starts[bytes.count - 1]..<spellings.starts[bytes.count] where spellings.codes[index] == code {
            return spellings.words[index]
        }
        return nil
    }

    /// The bytes of a spelling of at most 8 bytes as one number, first byte lowest.
    private static func packed<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var code: UInt64 = 0
        for (index, byte) in bytes.enumerated() { code |= UInt64(byte) << (8 * UInt64(index)) }
        return code
    }

    /// The value go-yaml v2 (and so Kubernetes) gives the word; nil for the merge and value
    /// keys, which it reads as strings.
    var resolved: ResolvedScalar? {
        switch self {
        case .null: .null
        case .bool(let value): .bool(value)
        case .float(let value): .float(value)
        case .mergeKey, .valueKey: nil
        }
    }

    /// Every spelling, packed, with its word, sorted by length: the spellings of length `n` are
    /// at `starts[n - 1]..<starts[n]`.
    private struct Spellings {
        let codes: [UInt64]
        let words: [ReservedWord]
        let starts: [Int]
    }

    private static let spellings: Spellings = {
        var table: [(String, ReservedWord)] = [("<<", .mergeKey), ("=", .valueKey)]
        table += ["~", "null", "Null", "NULL"].map { ($0, .null) }
        table += ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"].map { ($0, .bool(true)) }
        table += ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"].map { ($0, .bool(false)) }
        table += [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"].map { ($0, .float(.infinity)) }
        table += ["-.inf", "-.Inf", "-.INF"].map { ($0, .float(-.infinity)) }
        table += [".nan", ".NaN", ".NAN"].map { ($0, .float(.nan)) }
        let sorted = table.sorted { $0.0.utf8.count < $1.0.utf8.count }
        let starts = (0...maximumLength).map { length in sorted.prefix { $0.0.utf8.count <= length }.count }
        return Spellings(codes: sorted.map { packed($0.0.utf8) }, words: sorted.map(\.1), starts: starts)
    }()
}
