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
        guard bytes.count <= maximumLength, let first = bytes.first else { return nil }
        for candidate in spellingsByLength[bytes.count] where candidate.bytes[0] == first {
            if candidate.bytes.elementsEqual(bytes) { return candidate.word }
        }
        return nil
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

    /// Every spelling with its word, grouped by length in bytes (index 0 is empty).
    private static let spellingsByLength: [[(bytes: [UInt8], word: ReservedWord)]] = {
        var table: [(String, ReservedWord)] = [("<<", .mergeKey), ("=", .valueKey)]
        table += ["~", "null", "Null", "NULL"].map { ($0, .null) }
        table += ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"].map { ($0, .bool(true)) }
        table += ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"].map { ($0, .bool(false)) }
        table += [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"].map { ($0, .float(.infinity)) }
        table += ["-.inf", "-.Inf", "-.INF"].map { ($0, .float(-.infinity)) }
        table += [".nan", ".NaN", ".NAN"].map { ($0, .float(.nan)) }
        var groups = [[(bytes: [UInt8], word: ReservedWord)]](repeating: [], count: maximumLength + 1)
        for (spelling, word) in table { groups[spelling.utf8.count].append((Array(spelling.utf8), word)) }
        return groups
    }()
}
