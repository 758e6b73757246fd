import Foundation
import Testing
@testable import MigrationCore

/// The same input, whatever the order of its documents or files, gives the same output.
@Suite struct DeterminismTests {
    static let inputs = [
        "core/shared-host-across-namespaces/input.yaml", "core/tls-redirect-opt-out/input.yaml",
        "core/default-backends/input.yaml", "core/tls-matching/input.yaml", "core/legacy-v1beta1/input.yaml",
        "core/listener-overflow/input.yaml", "core/path-conflicts/input.yaml", "core/ingress-classes/input.yaml",
    ]

    @Test(arguments: inputs)
    func shuffledDocumentsGiveTheSameOutput(_ fixture: String) throws {
        let documents = TestSupport.documents(try TestSupport.fixtureInput(fixture))
        try #require(documents.count > 1)
        let reference = try render(documents)
        var generator = SeededGenerator(state: 42)
        for _ in 0..<5 {
            let shuffled = documents.shuffled(using: &generator)
            #expect(try render(shuffled) == reference)
        }
    }

    @Test func splittingIntoFilesInAnyOrderGivesTheSameOutput() throws {
        let documents = TestSupport.documents(try TestSupport.fixtureInput("core/tls-redirect-opt-out/input.yaml"))
        let files = documents.enumerated().map { SourceFile(path: "part-\($0.offset).yaml", bytes: Array($0.element.utf8)) }
        let forward = try TestSupport.pipeline().run(files)
        let backward = try TestSupport.pipeline().run(files.reversed())
        let encode = { (run: MigrationRun) in TestSupport.withoutComments(OutputFormat.yaml.render(run.documents)) }
        #expect(encode(forward) == encode(backward))
        #expect(Set(forward.findings.map(\.message)) == Set(backward.findings.map(\.message)))
    }

    @Test func twoRunsAreByteIdentical() throws {
        let input = try TestSupport.fixtureInput("core/listener-overflow/input.yaml")
        let first = OutputFormat.yaml.render(try TestSupport.run(input).documents)
        let second = OutputFormat.yaml.render(try TestSupport.run(input).documents)
        #expect(first == second)
    }

    private func render(_ documents: [String]) throws -> String {
        let run = try TestSupport.run(documents.joined(separator: "\n---\n"))
        // Messages may name input lines, which move when documents move; codes and objects do not.
        let findings = run.findings.map { "\($0.severity) \($0.code.id) \($0.object?.description ?? "")" }.sorted()
            .joined(separator: "\n")
        return TestSupport.withoutComments(OutputFormat.yaml.render(run.documents)) + "\n" + findings
    }
}
