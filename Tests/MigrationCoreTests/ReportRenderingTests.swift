import Foundation
@testable import MigrationCore
import Testing

/// Escaping and colour in the report formats, on a finding whose text holds every character a
/// format gives a meaning to.
@Suite struct ReportRenderingTests {
    static let tricky = Finding(
        .invalidPath, object: ObjectRef(kind: "Ingress", namespace: "a", name: "b"),
        at: SourceLocation(file: "dir, one/x:y.yaml", line: 3, column: 7),
        message: "path \"/a|b\" <has> *stars* & 100% `ticks`\nsecond line", hint: "fix: it, now")

    static func report(_ finding: Finding = tricky, failOn: Severity? = .error) -> MigrationReport {
        var run = MigrationRun(documents: [], findings: [finding], ingressesRead: 1, ingressesPerProvider: [:])
        run.ingresses = [SourceRef(object: ObjectRef(kind: "Ingress", namespace: "a", name: "b"), location: SourceLocation(file: "dir, one/x:y.yaml", line: 1, column: 1))]
        return MigrationReport(run: run, failOn: failOn, catalog: [.invalidPath])
    }

    @Test func githubCommandsEncodeDataAndProperties() {
        let output = ReportFormat.github.render(Self.report())
        let line = output.split(separator: "\n").first.map(String.init) ?? ""
        #expect(line == "::error file=dir%2C one/x%3Ay.yaml,line=3,col=7,title=I2GW-INVALID-PATH in Ingress a/b::path \"/a|b\" <has> *stars* & 100%25 `ticks`%0Asecond line%0Ahint: fix: it, now")
    }

    @Test func markdownEscapesTableCells() {
        let output = ReportFormat.markdown.render(Self.report(), options: ReportRenderOptions(linkBase: "https://example.com/r/"))
        #expect(output.contains("path \"/a\\|b\" &lt;has&gt; \\*stars\\* &amp; 100% \\`ticks\\`<br>second line<br>*Hint: fix: it, now*"))
        #expect(output.contains("[dir, one/x:y.yaml:3](https://example.com/r/dir%2C%20one/x%3Ay.yaml#L3)"))
    }

    @Test func junitEscapesXML() {
        let output = ReportFormat.junit.render(Self.report())
        #expect(output.contains("file=\"dir, one/x:y.yaml\""))
        #expect(output.contains("path &quot;/a|b&quot; &lt;has&gt; *stars* &amp; 100% `ticks`&#10;second line"))
        #expect(!output.contains("<has>"))
    }

    @Test func jsonAndSarifEscapeStrings() {
        let json = ReportFormat.json.render(Self.report())
        #expect(json.contains("\"message\": \"path \\\"/a|b\\\" <has> *stars* & 100% `ticks`\\nsecond line\""))
        let sarif = ReportFormat.sarif.render(Self.report())
        #expect(sarif.contains("\"uri\": \"dir%2C%20one/x%3Ay.yaml\""))
        #expect(sarif.contains("\\nHint: fix: it, now\""))
    }

    @Test func sarifWritesAbsolutePathsAsFileURIs() {
        var finding = Self.tricky
        finding.location = SourceLocation(file: "/srv/manifests/a b.yaml", line: 1, column: 1)
        #expect(ReportFormat.sarif.render(Self.report(finding)).contains("\"uri\": \"file:///srv/manifests/a%20b.yaml\""))
    }

    @Test func textColoursOnlyWhenAsked() {
        let plain = ReportFormat.text.render(Self.report())
        #expect(!plain.contains("\u{1B}"))
        #expect(plain.hasPrefix("dir, one/x:y.yaml:3:7: error: [I2GW-INVALID-PATH] path"))
        let colored = ReportFormat.text.render(Self.report(), options: ReportRenderOptions(style: TextStyle(colored: true)))
        #expect(colored.hasPrefix("\u{1B}[1mdir, one/x:y.yaml:3:7:\u{1B}[0m \u{1B}[1;31merror\u{1B}[0m: [I2GW-INVALID-PATH]"))
    }

    @Test func colorModeFollowsTheTerminalAndTheEnvironment() {
        #expect(ColorMode.auto.colors(isTerminal: true, environment: [:]))
        #expect(!ColorMode.auto.colors(isTerminal: false, environment: [:]))
        #expect(!ColorMode.auto.colors(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(ColorMode.auto.colors(isTerminal: true, environment: ["NO_COLOR": ""]), "an empty NO_COLOR counts as unset")
        #expect(!ColorMode.auto.colors(isTerminal: true, environment: ["TERM": "dumb"]))
        #expect(ColorMode.always.colors(isTerminal: false, environment: ["NO_COLOR": "1"]))
        #expect(!ColorMode.never.colors(isTerminal: true, environment: [:]))
    }
}
