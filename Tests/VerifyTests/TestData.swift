import Foundation
import MigrationCore
import YAMLKit

/// Paths and small YAML helpers for the Verify tests.
enum TestData {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// Every document of a YAML file as plain values.
    static func documents(_ url: URL) throws -> [YAMLValue] {
        try YAMLParser.parseAll(Array(try read(url).utf8)).compactMap { $0.root?.toValue() }
    }

    /// Gateway API objects of some files, read by the product's parser; fails on any finding.
    static func gatewayAPI(_ urls: [URL]) throws -> GatewayAPIManifests {
        var findings = FindingList()
        let files = try urls.map { SourceFile(path: $0.lastPathComponent, bytes: Array(try read($0).utf8)) }
        let manifests = try GatewayAPIManifestParser().parse(files, findings: &findings)
        if let first = findings.all.first { throw TestDataError(message: "\(first.location.map { "\($0)" } ?? ""): \(first.message)") }
        return manifests
    }
}

/// A malformed test data file.
struct TestDataError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

extension YAMLValue {
    var text: String? {
        switch self {
        case .string(let value): value
        case .int(let value): String(value)
        case .bool(let value): String(value)
        case .float(let value): String(value)
        default: nil
        }
    }

    var integer: Int? {
        if case .int(let value) = self { return value }
        return nil
    }

    var entries: [(key: String, value: YAMLValue)] {
        if case .mapping(let entries) = self { return entries.map { ($0.key, $0.value) } }
        return []
    }

    var items: [YAMLValue] {
        if case .sequence(let items) = self { return items }
        return []
    }

    var stringMap: [String: String] {
        var result: [String: String] = [:]
        for entry in entries { result[entry.key] = entry.value.text ?? "" }
        return result
    }
}
