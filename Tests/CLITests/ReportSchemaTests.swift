import Foundation
import Testing

/// The JSON report validates against the published schema, `docs/report-schema.json`, checked
/// by Python's `jsonschema` (JSON Schema draft 2020-12).
@Suite struct ReportSchemaTests {
    static let schema = SourceTree.root.appendingPathComponent("docs/report-schema.json").path

    static let validator = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
        for error in errors: print("/".join(map(str, error.absolute_path)), error.message)
        sys.exit(1 if errors else 0)
        """

    static func validate(_ json: String) throws -> PythonProcess.Result {
        let file = try PythonProcess.temporaryFile(json, suffix: ".json")
        defer { try? FileManager.default.removeItem(atPath: file) }
        return try PythonProcess.run(validator, [schema, file])
    }

    @Test(arguments: [["--fail-on", "error"], ["--fail-on", "none"], ["--fail-on", "info", "-n", "legacy"]])
    func realOutputValidates(_ arguments: [String]) throws {
        let result = try ReportFixture.report(["--format", "json"] + arguments)
        #expect(result.standardOutput.hasPrefix("{\n  \"schemaVersion\": 1,"))
        let check = try Self.validate(result.standardOutput)
        #expect(check.status == 0, "report does not match docs/report-schema.json:\n\(check.output)")
    }

    @Test func outputWithoutFindingsValidates() throws {
        let input = SourceTree.fixtures.appendingPathComponent("report/info-only")
        let result = try ToolProcess.run(["report", "--format", "json", "--fail-on", "warning", "-f", "input.yaml"], in: input)
        #expect(result.status == 0)
        let check = try Self.validate(result.standardOutput)
        #expect(check.status == 0, "\(check.output)")
    }

    /// The check itself can fail: a report with a missing and an unknown property is rejected.
    @Test func validatorRejectsADifferentShape() throws {
        let result = try ReportFixture.report(["--format", "json"])
        let broken = result.standardOutput.replacingOccurrences(of: "\"otherFindings\"", with: "\"unknownProperty\"")
        let check = try Self.validate(broken)
        #expect(check.status == 1)
        #expect(check.output.contains("otherFindings"), "\(check.output)")
    }
}
