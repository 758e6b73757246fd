/// Types plain scalars with go-yaml v2's implicit resolution rules.
enum KubernetesScalarResolution {
    /// Resolves the text of an untagged plain scalar.
    static func resolvePlain(_ text: String) -> ResolvedScalar {
        text.withUTF8Bytes { bytes in
            guard let first = bytes.first else { return .null }
            if let keyword = keywordValue(text, firstByte: first) { return keyword }
            switch first {
            case ASCII.dot:
                return GoNumberSyntax.readFloat(bytes).map(ResolvedScalar.float) ?? .string(text)
            case ASCII.plus, ASCII.minus, UInt8(ascii: "0")...UInt8(ascii: "9"):
                return resolveNumber(bytes) ?? .string(text)
            default:
                return .string(text)
            }
        }
    }

    /// The value of one of the fixed null/bool/special-float spellings, or nil.
    private static func keywordValue(_ text: String, firstByte: UInt8) -> ResolvedScalar? {
        switch firstByte {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"),
             UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "t"), UInt8(ascii: "T"),
             UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"),
             ASCII.dot, ASCII.plus, ASCII.minus:
            break
        default:
            return nil
        }
        guard text.utf8.count <= 5 else { return nil }
        return keywords[text]
    }

    private static let keywords: [String: ResolvedScalar] = {
        var table: [String: ResolvedScalar] = [:]
        for word in ["~", "null", "Null", "NULL"] { table[word] = .null }
        for word in ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"] { table[word] = .bool(true) }
        for word in ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"] { table[word] = .bool(false) }
        for word in [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"] { table[word] = .float(.infinity) }
        for word in ["-.inf", "-.Inf", "-.INF"] { table[word] = .float(-.infinity) }
        for word in [".nan", ".NaN", ".NAN"] { table[word] = .float(.nan) }
        return table
    }()

    /// Reads a scalar starting with a digit or sign as an int or float, after removing
    /// underscores; nil when it is neither.
    private static func resolveNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> ResolvedScalar? {
        guard bytes.contains(ASCII.underscore) else { return readNumber(bytes) }
        let withoutUnderscores = bytes.filter { $0 != ASCII.underscore }
        return withoutUnderscores.withUnsafeBufferPointer(readNumber)
    }

    private static func readNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> ResolvedScalar? {
        switch GoNumberSyntax.readInteger(bytes) {
        case .signed(let value): return .int(value)
        case .unsigned(let value): return .float(Double(value))
        case .invalid: return GoNumberSyntax.readFloat(bytes).map(ResolvedScalar.float)
        }
    }
}
