/// Number syntax as Kubernetes reads it: go-yaml v2 removes underscores, tries Go's
/// `strconv.ParseInt(text, 0, 64)`, then `strconv.ParseUint(text, 0, 64)`, then its own
/// float pattern `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`.
enum GoNumberSyntax {
    /// The outcome of reading text as a Go base-0 integer.
    enum IntegerReading: Equatable {
        /// Fits a signed 64-bit integer.
        case signed(Int)
        /// Unsigned, larger than `Int.max` but within `UInt64`.
        case unsigned(UInt64)
        /// Not an integer (bad syntax, or out of range).
        case invalid
    }

    /// Reads `bytes` (underscores already removed) the way `ParseInt` then `ParseUint`
    /// with base 0 would: optional sign, `0x`/`0o`/`0b` prefixes in any case,
    /// a leading `0` for octal, otherwise decimal.
    static func readInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> IntegerReading {
        var scanner = ByteScanner(bytes)
        let sign = scanner.consumeSign()
        let radix = consumeRadixPrefix(&scanner)
        var magnitude: UInt64 = 0
        var digitCount = 0
        var overflowed = false
        while let next = scanner.peek, let digit = ASCII.digitValue(next, radix: radix) {
            let (shifted, shiftOverflow) = magnitude.multipliedReportingOverflow(by: radix)
            let (sum, addOverflow) = shifted.addingReportingOverflow(digit)
            overflowed = overflowed || shiftOverflow || addOverflow
            magnitude = sum
            digitCount += 1
            scanner.index += 1
        }
        guard scanner.isAtEnd, digitCount > 0, !overflowed else { return .invalid }
        return signedReading(magnitude: magnitude, sign: sign)
    }

    /// True when `bytes` match go-yaml's float pattern.
    static func matchesFloatPattern(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var scanner = ByteScanner(bytes)
        _ = scanner.consumeSign()
        if scanner.consume(ASCII.dot) {
            guard scanner.consumeRun(where: ASCII.isDecimalDigit) > 0 else { return false }
        } else {
            guard scanner.consumeRun(where: ASCII.isDecimalDigit) > 0 else { return false }
            if scanner.consume(ASCII.dot) { scanner.consumeRun(where: ASCII.isDecimalDigit) }
        }
        if scanner.consume(where: ASCII.isExponentMarker) {
            _ = scanner.consumeSign()
            guard scanner.consumeRun(where: ASCII.isDecimalDigit) > 0 else { return false }
        }
        return scanner.isAtEnd
    }

    /// Reads `bytes` as a finite float when they match the float pattern; Go reports
    /// out-of-range values as errors, so infinities give nil.
    static func readFloat(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard matchesFloatPattern(bytes),
              let value = Double(String(decoding: bytes, as: UTF8.self)),
              value.isFinite
        else { return nil }
        return value
    }

    /// Consumes a base prefix after the sign and returns the radix it selects.
    private static func consumeRadixPrefix(_ scanner: inout ByteScanner) -> UInt64 {
        guard scanner.peek == ASCII.zero, scanner.index + 1 < scanner.bytes.count else { return 10 }
        let second = scanner.bytes[scanner.index + 1]
        if let radix = ASCII.radix(forPrefixLetter: second) {
            scanner.index += 2
            return radix
        }
        scanner.index += 1
        return 8
    }

    /// Applies the sign the way Go does: `ParseUint` accepts no sign at all.
    private static func signedReading(magnitude: UInt64, sign: UInt8?) -> IntegerReading {
        let signedLimit = UInt64(Int.max)
        switch sign {
        case ASCII.minus:
            if magnitude <= signedLimit { return .signed(-Int(magnitude)) }
            return magnitude == signedLimit + 1 ? .signed(Int.min) : .invalid
        case ASCII.plus:
            return magnitude <= signedLimit ? .signed(Int(magnitude)) : .invalid
        default:
            return magnitude <= signedLimit ? .signed(Int(magnitude)) : .unsigned(magnitude)
        }
    }
}
