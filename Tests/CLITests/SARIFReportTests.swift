import Foundation
import Testing

/// The SARIF output has what SARIF 2.1.0 requires (the properties the specification marks as
/// required, and the rule/result links it defines), and a real SARIF reader, Microsoft's
/// `sarif-tools`, reads every result at its level.
@Suite struct SARIFReportTests {
    static func log() throws -> (text: String, log: [String: Any]) {
        let result = try ReportFixture.report(["--format", "sarif"])
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
        return (result.standardOutput, try #require(object as? [String: Any]))
    }

    @Test func requiredPropertiesArePresent() throws {
        let (_, log) = try Self.log()
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let tool = try #require(runs[0]["tool"] as? [String: Any])
        let driver = try #require(tool["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "i2gw")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(ids.count == rules.count && Set(ids).count == ids.count, "every rule needs a unique id")
        for rule in rules {
            let description = try #require(rule["shortDescription"] as? [String: Any])
            #expect(!((description["text"] as? String) ?? "").isEmpty, "multiformatMessageString requires text")
        }
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count == 10)
        for result in results {
            let message = try #require(result["message"] as? [String: Any])
            #expect(!((message["text"] as? String) ?? "").isEmpty, "a result's message requires text")
            let ruleID = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(index >= 0 && index < rules.count && ids[index] == ruleID, "ruleIndex must point at the rule named by ruleId")
            #expect(["none", "note", "warning", "error"].contains(result["level"] as? String ?? ""))
            try checkLocations(result)
        }
    }

    private func checkLocations(_ result: [String: Any]) throws {
        let locations = try #require(result["locations"] as? [[String: Any]])
        let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
        let artifact = try #require(physical["artifactLocation"] as? [String: Any])
        let uri = try #require(artifact["uri"] as? String)
        #expect(URL(string: uri) != nil && !uri.contains(" "), "artifactLocation.uri must be a URI reference: \(uri)")
        let region = try #require(physical["region"] as? [String: Any])
        #expect((region["startLine"] as? Int ?? 0) >= 1)
        #expect((region["startColumn"] as? Int ?? 0) >= 1)
    }

    @Test func everyFindingCodeIsARule() throws {
        let (_, log) = try Self.log()
        let runs = try #require(log["runs"] as? [[String: Any]])
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let ids = Set(((driver["rules"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
        let documented = try String(contentsOf: SourceTree.root.appendingPathComponent("docs/findings.md"), encoding: .utf8)
        for id in ids { #expect(documented.contains("`\(id)`"), "\(id) is a rule but not in docs/findings.md") }
        #expect(ids.count >= 25)
    }

    /// `sarif-tools` reads the log and counts the results per level as the report does.
    @Test func sarifToolsReadsEveryResult() throws {
        let (text, _) = try Self.log()
        let file = try PythonProcess.temporaryFile(text, suffix: ".sarif")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let script = """
            import sys
            from sarif import loader
            sarif = loader.load_sarif_files(sys.argv[1])
            records = sarif.get_records()
            for level in ("error", "warning", "note"):
                print(level, sum(1 for record in records if record["Severity"] == level))
            print("files", sorted(set(record["Location"] for record in records)))
            """
        let result = try PythonProcess.run(script, [file])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("error 2\nwarning 5\nnote 3\n"), "\(result.output)")
        #expect(result.output.contains("'manifests/team%20a/legacy.yaml'"), "\(result.output)")
    }
}
