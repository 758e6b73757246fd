/// Recognisers for the plain-scalar spellings that YAML 1.1 and YAML 1.2 resolve to
/// non-string types. They accept the union of both specifications' forms (and the
/// underscore placements PyYAML allows), erring on the side of matching.
enum ImplicitTypeForms {
    /// True when a scalar starting with this byte may be a non-string in some schema.
    static func mayStartImplicitType(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), ASCII.plus, ASCII.minus, ASCII.dot,
             UInt8(ascii: "~"), UInt8(ascii: "<"), UInt8(ascii: "="),
             UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "y"), UInt8(ascii: "Y"),
             UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"),
             UInt8(ascii: "o"), UInt8(ascii: "O"):
            return true
        default:
            return false
        }
    }

    /// The fixed null, bool, special-float, merge and value spellings (``ReservedWord``).
    static func isReservedWord(_ text: String) -> Bool {
        text.withUTF8Bytes(isReservedWord)
    }

    /// ``isReservedWord(_:)`` on UTF-8 bytes.
    static func isReservedWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        ReservedWord.matching(bytes) != nil
    }

    /// Integers (decimal, `0x`/`0o`/`0b` prefixed, leading-zero octal, with underscores),
    /// floats (with a dot and/or an exponent) and sexagesimal numbers, with optional sign.
    static func isNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var scanner = ByteScanner(bytes)
        _ = scanner.consumeSign()
        if scanner.peek == ASCII.zero, scanner.index + 1 < bytes.count,
           let radix = ASCII.radix(forPrefixLetter: bytes[scanner.index + 1]) {
            scanner.index += 2
            let digits = scanner.consumeRun { $0 == ASCII.underscore || ASCII.digitValue($0, radix: radix) != nil }
            return digits > 0 && scanner.isAtEnd
        }
        var integerDigits = 0
        if let first = scanner.peek, ASCII.isDecimalDigit(first) {
            integerDigits = scanner.consumeRun { ASCII.isDecimalDigit($0) || $0 == ASCII.underscore }
        }
        if integerDigits > 0 && scanner.peek == ASCII.colon {
            return isSexagesimalTail(&scanner)
        }
        var hasDot = false
        if scanner.consume(ASCII.dot) {
            hasDot = true
            scanner.consumeRun { ASCII.isDecimalDigit($0) || $0 == ASCII.dot || $0 == ASCII.underscore }
        }
        guard integerDigits > 0 || hasDot else { return false }
        if scanner.consume(where: ASCII.isExponentMarker) {
            _ = scanner.consumeSign()
            guard scanner.consumeRun(where: ASCII.isDecimalDigit) > 0 else { return false }
        }
        return scanner.isAtEnd
    }

    /// YAML 1.1 timestamps: `yyyy-m-d`, optionally followed by `T` or blanks, `h:mm:ss`,
    /// optional fraction, and an optional `Z` or numeric time zone.
    static func isTimestamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var scanner = ByteScanner(bytes)
        guard scanner.consumeDigits(minimum: 4, maximum: 4), scanner.consume(ASCII.minus),
              scanner.consumeDigits(minimum: 1, maximum: 2), scanner.consume(ASCII.minus),
              scanner.consumeDigits(minimum: 1, maximum: 2)
        else { return false }
        if scanner.isAtEnd { return true }
        let separated = scanner.consume(UInt8(ascii: "T")) || scanner.consume(UInt8(ascii: "t"))
            || scanner.consumeRun(where: isBlank) > 0
        guard separated, scanner.consumeDigits(minimum: 1, maximum: 2), scanner.consume(ASCII.colon),
              scanner.consumeDigits(minimum: 2, maximum: 2), scanner.consume(ASCII.colon),
              scanner.consumeDigits(minimum: 2, maximum: 2)
        else { return false }
        if scanner.consume(ASCII.dot) { scanner.consumeRun(where: ASCII.isDecimalDigit) }
        scanner.consumeRun(where: isBlank)
        if scanner.consume(UInt8(ascii: "Z")) { return scanner.isAtEnd }
        if scanner.consumeSign() != nil {
            guard scanner.consumeDigits(minimum: 1, maximum: 2) else { return false }
            if scanner.consume(ASCII.colon) {
                guard scanner.consumeDigits(minimum: 2, maximum: 2) else { return false }
            }
        }
        return scanner.isAtEnd
    }

    /// After the first group of a sexagesimal number: `(:[0-5]?[0-9])+` and an optional
    /// fractional part `.[0-9_]*`.
    private static func isSexagesimalTail(_ scanner: inout ByteScanner) -> Bool {
        var groups = 0
        while scanner.consume(ASCII.colon) {
            guard let tens = scanner.peek, ASCII.isDecimalDigit(tens) else { return false }
            scanner.index += 1
            if let units = scanner.peek, ASCII.isDecimalDigit(units), tens <= UInt8(ascii: "5") {
                scanner.index += 1
            }
            groups += 1
        }
        if scanner.consume(ASCII.dot) {
            scanner.consumeRun { ASCII.isDecimalDigit($0) || $0 == ASCII.underscore }
        }
        return groups > 0 && scanner.isAtEnd
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == ASCII.space || byte == ASCII.tab
    }
}
