import Foundation
@testable import MigrationCore
import Providers

/// Builds pipelines and inputs for in-process tests.
enum TestSupport {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func pipeline(options: TranslationOptions = TranslationOptions()) -> MigrationPipeline {
        MigrationPipeline(
            parser: ManifestParser(),
            translator: Translator(options: options, providers: ProviderRegistry.providers(named: [], settings: .init()).providers),
            encoder: ObjectEncoder(generator: "i2gw-test"))
    }

    static func run(_ yaml: String, file: String = "input.yaml") throws -> MigrationRun {
        try pipeline().run([SourceFile(path: file, bytes: Array(yaml.utf8))])
    }

    static func fixtureInput(_ relative: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(relative), encoding: .utf8)
    }

    /// Splits a YAML stream into its documents (on `---` lines), dropping comment-only ones.
    static func documents(_ yaml: String) -> [String] {
        yaml.components(separatedBy: "\n---\n").map { $0.hasPrefix("---\n") ? String($0.dropFirst(4)) : $0 }
            .filter { $0.split(separator: "\n").contains { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
    }

    /// Output text without comment lines (they name input line numbers).
    static func withoutComments(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("#") }.joined(separator: "\n")
    }
}

/// A seeded generator so shuffles are repeatable.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
