import ArgumentParser

/// A size in bytes as the user writes it: a whole number of bytes, optionally with a
/// Kubernetes-style suffix — decimal `k`, `M`, `G` (1000, 1000², 1000³) or binary `Ki`, `Mi`,
/// `Gi` (1024, 1024², 1024³). `512Mi` is 536870912 bytes.
struct ByteSize: ExpressibleByArgument, Equatable, CustomStringConvertible {
    /// The size in bytes.
    var bytes: Int

    private static let multipliers: [(suffix: String, factor: Int)] = [
        ("Ki", 1 << 10), ("Mi", 1 << 20), ("Gi", 1 << 30),
        ("k", 1_000), ("M", 1_000_000), ("G", 1_000_000_000),
    ]

    init(bytes: Int) {
        self.bytes = bytes
    }

    /// Parses `512Mi`, `100M`, `2048`; nil for anything else (a negative or overflowing size too).
    init?(argument: String) {
        var digits = Substring(argument)
        var factor = 1
        if let match = Self.multipliers.first(where: { argument.hasSuffix($0.suffix) }) {
            digits = digits.dropLast(match.suffix.count)
            factor = match.factor
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let number = Int(digits), number >= 0 else { return nil }
        let (product, overflow) = number.multipliedReportingOverflow(by: factor)
        guard !overflow else { return nil }
        bytes = product
    }

    var description: String { "\(bytes)" }
}
