import Testing
import YAMLKit

@Suite("ScalarQuoting.needsQuoting")
struct ScalarQuotingTests {
    @Test("null, bool and special spellings of YAML 1.1 and 1.2", arguments: [
        "", "~", "null", "Null", "NULL",
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
        "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
        ".inf", ".Inf", ".INF", "+.inf", "-.inf", "-.INF", ".nan", ".NaN", ".NAN", "<<", "=",
    ])
    func reservedWords(text: String) { #expect(ScalarQuoting.needsQuoting(text)) }

    @Test("integer spellings", arguments: [
        "0", "7", "80", "-1", "+1", "1_000", "0x1F", "0X1F", "-0x1f", "0x_1F", "012", "0o12", "0O12", "0b101",
        "-0b101", "0b1_0", "08", "00", "9223372036854775808", "99999999999999999999", "1__", "0_x1F",
    ])
    func integers(text: String) { #expect(ScalarQuoting.needsQuoting(text)) }

    @Test("float spellings", arguments: [
        "1.0", "1.", ".5", "+.5", "-1.5", "1e3", "1E3", "1e+3", "1.5e-3", "6.8523015e+5", "685.230_15e+03",
        "1_0.5", "1.2.3", ".", "+.", "._5", "1e400", "0.0",
    ])
    func floats(text: String) { #expect(ScalarQuoting.needsQuoting(text)) }

    @Test("YAML 1.1 sexagesimal numbers and timestamps", arguments: [
        "1:20", "190:20:30", "-1:20", "190:20:30.15", "1:2:3",
        "2001-12-14", "2002-1-2", "2001-12-14t21:59:43.10-05:00", "2001-12-14T21:59:43Z",
        "2001-12-14 21:59:43.10 -5", "2001-12-15 2:59:43.10", "2001-12-14T21:59:43.10+05:30",
    ])
    func sexagesimalAndTimestamps(text: String) { #expect(ScalarQuoting.needsQuoting(text)) }

    @Test("ordinary strings need no quoting", arguments: [
        "web", "hello world", "v1", "v1.2.3", "nginx:1.25", "1.2.3a", "80a", "0x", "0xG", "0b2", "0o8", "1e", "e3",
        "1:60", "12:60", "2001-12", "2001-12-1x", "12-14", "-", "+", "_1", "1 2", "~x", "<", "==", "null!",
        "True1", "yEs", "oN", "nope", "t", "f", "inf", "NaN", "Infinity", "/", "a:b", "-.nan",
        "2001-12-14T", "2001-12-14 21:59", "example.com", "PathPrefix", "ImplementationSpecific",
    ])
    func ordinaryStrings(text: String) { #expect(!ScalarQuoting.needsQuoting(text)) }

    @Test("everything Kubernetes reads as a non-string needs quoting")
    func coversKubernetesResolution() {
        let candidates = ResolutionTests.nulls + ResolutionTests.trues + ResolutionTests.falses
            + ResolutionTests.integers.map(\.0) + ResolutionTests.floats.map(\.0) + [".nan", ".NaN", ".NAN"]
        for text in candidates {
            #expect(ScalarQuoting.needsQuoting(text), "\(text.debugDescription) should need quoting")
        }
    }
}
