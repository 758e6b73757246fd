/// Types plain scalars with go-yaml v2's implicit resolution rules.
enum KubernetesScalarResolution {
    /// Resolves the text of an untagged plain scalar.
    static func resolvePlain(_ text: String) -> ResolvedScalar {
        text.withUTF8Bytes(resolveNonString) ?? .string(text)
    }

    /// What the UTF-8 bytes of an untagged plain scalar resolve to when that is not a string
    /// (null for the empty scalar); nil when they resolve to a string.
    static func resolveNonString(_ bytes: UnsafeBufferPointer<UInt8>) -> ResolvedScalar? {
        guard let first = bytes.first else { return .null }
        if let word = ReservedWord.matching(bytes) { return word.resolved }
        switch first {
        case ASCII.dot:
            return GoNumberSyntax.readFloat(bytes).map(ResolvedScalar.float)
        case ASCII.plus, ASCII.minus, UInt8(ascii: "0")...UInt8(ascii: "9"):
            return resolveNumber(bytes)
        default:
            return nil
        }
    }

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
