import Testing
import YAMLKit
@testable import MigrationCore

/// JSON and KYAML are other spellings of the same objects: reading them back gives the values
/// the YAML output has.
@Suite struct OutputFormatTests {
    @Test(arguments: [OutputFormat.json, .kyaml, .yaml])
    func formatsReadBackAsTheSameValues(_ format: OutputFormat) throws {
        let run = try TestSupport.run(try TestSupport.fixtureInput("core/tls-redirect-opt-out/input.yaml"))
        let text = format.render(run.documents)
        // A JSON stream is objects one after another; YAML and KYAML use `---` between them.
        let streams = format == .json ? text.components(separatedBy: "\n}\n").dropLast().map { $0 + "\n}\n" } : [text]
        let documents = try streams.flatMap { try YAMLParser.parseAll(Array($0.utf8)).compactMap(\.root) }
        #expect(documents.map { $0.toValue() } == run.documents.map(\.value))
    }

    @Test func kyamlQuotesEveryStringAndAmbiguousKeys() throws {
        let value = YAMLValue.mapping([.init("on", .string("yes")), .init("port", .int(80)), .init("name", .string("80"))])
        let document = EncodedDocument(kind: "X", namespace: "", name: "x", sources: [], value: value)
        #expect(OutputFormat.kyaml.render([document]) == "---\n{\n  \"on\": \"yes\",\n  port: 80,\n  name: \"80\",\n}\n")
    }

    @Test func emptyOutputIsEmpty() throws {
        #expect(OutputFormat.yaml.render([]) == "")
        #expect(OutputFormat.json.render([]) == "")
    }
}
