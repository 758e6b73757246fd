import Testing
import MigrationCore

/// The linear origin checks accept exactly what the controller's regular expressions accept.
/// The expressions are run here by Swift's backtracking engine on short strings only (on long
/// failing values it takes exponential time, which is why the tool does not use it).
@Suite struct CORSOriginSyntaxTests {
    static let valuePattern = #"^((((([a-z]+://)?(\*\.)?[A-Za-z0-9\-.]*(:\d+)?,?)|null)+)|\*)?$"#
    static let entryPattern = #"^([a-z]+://(\*\.)?[A-Za-z0-9\-.]*(:\d+)?|\*|null)?$"#
    static let gatewayPattern = #"^(\*|https?://((\*\.)?([a-zA-Z0-9\-]+\.)*[a-zA-Z0-9-]+|\*)(:[0-9]{1,5})?)$"#

    /// Characters that change how the patterns match, and a few that no pattern accepts.
    static let alphabet = Array("ahtpsnulAZ09-.:/*, _")
    static let fragments = ["http://", "https://", "://", "*.", ":80", ":123456", "null", "a.b", ",", "..", "-"]

    static func randomText(_ generator: inout some RandomNumberGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...4, using: &generator) {
            if Bool.random(using: &generator) {
                text += fragments.randomElement(using: &generator)!
            } else {
                text.append(alphabet.randomElement(using: &generator)!)
            }
        }
        return text
    }

    @Test func scansAgreeWithThePatterns() throws {
        let value = try Regex(Self.valuePattern)
        let entry = try Regex(Self.entryPattern)
        let gateway = try Regex(Self.gatewayPattern)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1500 {
            let text = Self.randomText(&generator)
            #expect(CORSOriginSyntax.isValidValue(text) == ((try? value.wholeMatch(in: text)) != nil), "value \(text)")
            #expect(CORSOriginSyntax.isValidEntry(text) == ((try? entry.wholeMatch(in: text)) != nil), "entry \(text)")
            #expect(CORSOriginSyntax.isGatewayOrigin(text) == ((try? gateway.wholeMatch(in: text)) != nil), "gateway \(text)")
        }
    }

    @Test func knownValues() {
        #expect(CORSOriginSyntax.isValidValue("https://app.example.com,https://*.example.org:8443,null"))
        #expect(CORSOriginSyntax.isValidValue("*"))
        #expect(!CORSOriginSyntax.isValidValue("https://app.example.com/widget"))
        #expect(!CORSOriginSyntax.isValidValue("HTTPS://app.example.com"))
        #expect(CORSOriginSyntax.isValidEntry("https://*.example.org:8443"))
        #expect(!CORSOriginSyntax.isValidEntry("https://app.example.com/x"))
        #expect(CORSOriginSyntax.isGatewayOrigin("http://*"))
        #expect(CORSOriginSyntax.isGatewayOrigin("https://a-b.example.com:65535"))
        #expect(!CORSOriginSyntax.isGatewayOrigin("https://example.com.:80"))
        #expect(!CORSOriginSyntax.isGatewayOrigin("ftp://example.com"))
    }

    /// A value on which a backtracking engine never finishes is decided at once.
    @Test func longFailingValuesAreDecided() {
        let value = "https://" + String(repeating: "a", count: 100_000) + ".example.com/x"
        #expect(!CORSOriginSyntax.isValidValue(value))
        #expect(!CORSOriginSyntax.isValidEntry(value))
        #expect(!CORSOriginSyntax.isGatewayOrigin(value))
    }

    @Test func listScansAgreeWithThePatterns() throws {
        let methods = try Regex(#"^([A-Za-z]+,?\s?)+$"#)
        let headers = try Regex(#"^[A-Za-z0-9-_, ]*$"#)
        let exposed = try Regex(#"^(([A-Za-z0-9\-\_]+|\*),?\s?)+$"#)
        let alphabet = Array("aZ09-_*, \t\n;.")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = String((0..<Int.random(in: 0...7, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(CORSListSyntax.isValidMethods(text) == ((try? methods.wholeMatch(in: text)) != nil), "methods \(text.debugDescription)")
            #expect(CORSListSyntax.isValidHeaders(text) == ((try? headers.wholeMatch(in: text)) != nil), "headers \(text.debugDescription)")
            #expect(CORSListSyntax.isValidExposedHeaders(text) == ((try? exposed.wholeMatch(in: text)) != nil), "exposed \(text.debugDescription)")
        }
        let long = String(repeating: "a", count: 100_000) + "!"
        #expect(!CORSListSyntax.isValidMethods(long) && !CORSListSyntax.isValidExposedHeaders(long))
    }
}
