import Testing
import YAMLKit

@Suite("Scalar resolution (Kubernetes / go-yaml v2 rules)")
struct ResolutionTests {
    static let nulls = ["~", "null", "Null", "NULL", ""]
    static let trues = ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]
    static let falses = ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]

    static let integers: [(String, Int)] = [
        ("0", 0), ("42", 42), ("-17", -17), ("+8", 8), ("-0", 0), ("1_000", 1000), ("1_0_0", 100),
        ("0x1F", 31), ("0X1f", 31), ("-0x10", -16), ("+0xff", 255), ("0x_1F", 31),
        ("0o17", 15), ("0O17", 15), ("017", 15), ("-012", -10), ("00", 0),
        ("0b101", 5), ("0B11", 3), ("-0b11", -3),
        ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
    ]

    static let floats: [(String, Double)] = [
        ("1.5", 1.5), ("-2.25", -2.25), ("1.", 1.0), ("0.", 0.0), (".5", 0.5), ("+.5", 0.5), ("-.5", -0.5),
        ("1e3", 1000), ("1E3", 1000), ("-1.5e-3", -0.0015), ("+1.5E+2", 150), ("1_0.5", 10.5),
        ("08", 8), ("09.5", 9.5), ("9223372036854775808", 9223372036854775808), ("18446744073709551615", 18446744073709551616),
        ("99999999999999999999", 1e20), (".inf", .infinity), (".Inf", .infinity), (".INF", .infinity),
        ("+.inf", .infinity), ("+.Inf", .infinity), ("+.INF", .infinity),
        ("-.inf", -.infinity), ("-.Inf", -.infinity), ("-.INF", -.infinity),
    ]

    static let strings = [
        "nULL", "NuLL", "yES", "tRUE", "oN", "abc", "12abc", "0x", "0o", "0b", "0b102", "0x1G", "1e", "1e+",
        "1.2.3", "2001-12-14", "2001-12-14T21:59:43.10-05:00", "1:20", "190:20:30", "<<", "=", "1e400", "-1e400",
        "._5", "-", "+", ".", "..", "+-1", "inf", "NaN", "-.nan", "_1", "1 2", "0x1F ", " 42", "Yes!", "v1",
    ]

    private func plain(_ text: String) -> ResolvedScalar {
        ResolvedScalar(text: text, style: .plain, tag: nil)
    }

    @Test("null spellings", arguments: nulls)
    func nullForms(text: String) { #expect(plain(text) == .null) }

    @Test("true spellings", arguments: trues)
    func trueForms(text: String) { #expect(plain(text) == .bool(true)) }

    @Test("false spellings", arguments: falses)
    func falseForms(text: String) { #expect(plain(text) == .bool(false)) }

    @Test("integer spellings", arguments: integers)
    func integerForms(text: String, value: Int) { #expect(plain(text) == .int(value)) }

    @Test("float spellings", arguments: floats)
    func floatForms(text: String, value: Double) { #expect(plain(text) == .float(value)) }

    @Test("NaN spellings", arguments: [".nan", ".NaN", ".NAN"])
    func nanForms(text: String) {
        guard case .float(let value) = plain(text) else {
            Issue.record("\(text) did not resolve to a float")
            return
        }
        #expect(value.isNaN)
    }

    @Test("everything else is a string", arguments: strings)
    func stringForms(text: String) { #expect(plain(text) == .string(text)) }

    @Test("quoted and block scalars are always strings", arguments: [ScalarStyle.singleQuoted, .doubleQuoted, .literal, .folded])
    func nonPlainStyles(style: ScalarStyle) {
        for text in ["true", "80", "null", "", "1.5", "~"] {
            #expect(ResolvedScalar(text: text, style: style, tag: nil) == .string(text))
        }
    }

    @Test("explicit tags are honoured")
    func explicitTags() throws {
        let root = try #require(try parseRoot("""
            str: !!str 80
            int: !!int "12"
            hex: !!int '0x10'
            bool: !!bool "yes"
            float: !!float 1
            floatText: !!float "2.5"
            null: !!null ""
            tilde: !!null ~
            badInt: !!int abc
            badBool: !!bool 3
            nonSpecific: ! 12
            custom: !custom 5
            verbatim: !<tag:yaml.org,2002:int> "7"
            """))
        #expect(root["str"]?.resolved == .string("80"))
        #expect(root["int"]?.resolved == .int(12))
        #expect(root["hex"]?.resolved == .int(16))
        #expect(root["bool"]?.resolved == .bool(true))
        #expect(root["float"]?.resolved == .float(1))
        #expect(root["floatText"]?.resolved == .float(2.5))
        #expect(root["null"]?.resolved == .null)
        #expect(root["tilde"]?.resolved == .null)
        #expect(root["badInt"]?.resolved == .string("abc"))
        #expect(root["badBool"]?.resolved == .string("3"))
        #expect(root["nonSpecific"]?.resolved == .string("12"))
        #expect(root["custom"]?.resolved == .string("5"))
        #expect(root["verbatim"]?.resolved == .int(7))
    }

    @Test("parsed scalars resolve by their style")
    func parsedScalars() throws {
        let root = try #require(try parseRoot("a: 80\nb: '80'\nc: \"true\"\nd: |\n  1\ne:\nf: yes\n"))
        #expect(root["a"]?.resolved == .int(80))
        #expect(root["b"]?.resolved == .string("80"))
        #expect(root["c"]?.resolved == .string("true"))
        #expect(root["d"]?.resolved == .string("1\n"))
        #expect(root["e"]?.resolved == .null)
        #expect(root["f"]?.resolved == .bool(true))
        #expect(root.resolved == nil)
    }

    @Test("toValue converts recursively, keys as their text")
    func toValue() throws {
        let root = try #require(try parseRoot("80: x\ntrue: [1, '2', ~]\nnested: {a: {b: 1.5}}\n"))
        let value = root.toValue()
        #expect(value == .mapping([
            .init("80", .string("x")),
            .init("true", .sequence([.int(1), .string("2"), .null])),
            .init("nested", .mapping([.init("a", .mapping([.init("b", .float(1.5))]))])),
        ]))
        #expect(value["nested"]?["a"]?["b"] == .float(1.5))
        #expect(value["absent"] == nil)
        #expect(YAMLValue.string("x")["a"] == nil)
    }
}
