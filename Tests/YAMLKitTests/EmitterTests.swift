import Testing
import YAMLKit

@Suite("Emitting YAML")
struct EmitterTests {
    @Test("nested Kubernetes-like objects use kubectl's layout")
    func nestedLayout() throws {
        let path = YAMLValue.mapping([.init("type", .string("PathPrefix")), .init("value", .string("/"))])
        let value = YAMLValue.mapping([
            .init("spec", .mapping([
                .init("rules", .sequence([.mapping([.init("matches", .sequence([.mapping([.init("path", path)])]))])])),
            ])),
        ])
        #expect(YAMLEmitter.emit(value) == "spec:\n  rules:\n  - matches:\n    - path:\n        type: PathPrefix\n        value: /\n")
    }

    @Test("a full object keeps key order")
    func fullObject() throws {
        let value = YAMLValue.mapping([
            .init("apiVersion", .string("gateway.networking.k8s.io/v1")),
            .init("kind", .string("HTTPRoute")),
            .init("metadata", .mapping([
                .init("name", .string("web")),
                .init("annotations", .mapping([.init("example.com/flag", .string("true"))])),
            ])),
            .init("spec", .mapping([
                .init("parentRefs", .sequence([.mapping([.init("name", .string("gw")), .init("port", .int(443))])])),
                .init("hostnames", .sequence([.string("a.example.com"), .string("*.example.com")])),
            ])),
        ])
        #expect(YAMLEmitter.emit(value) == """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: web
              annotations:
                example.com/flag: "true"
            spec:
              parentRefs:
              - name: gw
                port: 443
              hostnames:
              - a.example.com
              - "*.example.com"

            """)
    }

    @Test("typed scalars are plain and floats stay floats")
    func typedScalars() throws {
        let value = YAMLValue.mapping([
            .init("nothing", .null), .init("enabled", .bool(true)), .init("disabled", .bool(false)),
            .init("port", .int(80)), .init("negative", .int(-5)), .init("whole", .float(1)),
            .init("ratio", .float(0.25)), .init("huge", .float(1e20)), .init("tiny", .float(0.00001)),
            .init("negativeZero", .float(-0.0)), .init("infinite", .float(.infinity)),
            .init("negativeInfinite", .float(-.infinity)), .init("notANumber", .float(.nan)),
        ])
        let text = YAMLEmitter.emit(value)
        #expect(text == """
            nothing: null
            enabled: true
            disabled: false
            port: 80
            negative: -5
            whole: 1.0
            ratio: 0.25
            huge: 1.0e+20
            tiny: 1.0e-05
            negativeZero: -0.0
            infinite: .inf
            negativeInfinite: -.inf
            notANumber: .nan

            """)
        let reread = try #require(try parseRoot(text))
        #expect(reread["whole"]?.resolved == .float(1))
        #expect(reread["huge"]?.resolved == .float(1e20))
        #expect(reread["tiny"]?.resolved == .float(0.00001))
        #expect(reread["port"]?.resolved == .int(80))
        #expect(reread["nothing"]?.resolved == .null)
    }

    @Test("strings other readers would retype are double-quoted", arguments: [
        "80", "true", "yes", "on", "null", "~", "1e3", "0x1F", "012", "", "2001-12-14", "1:20",
        "No", "y", "OFF", "-1", "+1", ".5", "1.", ".inf", ".nan", "0o12", "0b101", "1_000", "<<", "=",
    ])
    func ambiguousStrings(text: String) throws {
        #expect(YAMLEmitter.emit(.string(text)) == "\"\(text)\"\n")
        #expect(YAMLEmitter.emit(.mapping([.init("key", .string(text))])) == "key: \"\(text)\"\n")
    }

    @Test("strings libyaml cannot write plain are double-quoted", arguments: [
        "a: b", "*x", "#x", "&anchor", "!tag", "- a", "-", "key:", "a #b", "@x", "`x", "%x", "[x", "{x",
        "|x", ">x", "'x", "---", "...x", "x ", " x", "?", ": x",
    ])
    func indicatorStrings(text: String) throws {
        #expect(YAMLEmitter.emit(.string(text)) == "\"\(text)\"\n")
    }

    @Test("strings that are safe plain stay plain", arguments: [
        "web", "a#b", "a:b", "x]", "?x", ":x", "-x", "a, b", "hello world", "v1.2.3", "nginx:1.25",
        "http://example.com/a?b=c#d", "/api/v1", "1.2.3a", "it's", "say \"hi\"", "a'b",
    ])
    func plainStrings(text: String) throws {
        #expect(YAMLEmitter.emit(.string(text)) == text + "\n")
    }

    @Test("multi-line strings use literal style where a block scalar holds them exactly")
    func multiLineStrings() throws {
        #expect(YAMLEmitter.emit(.mapping([.init("script", .string("echo a\necho b\n"))])) == "script: |\n  echo a\n  echo b\n")
        #expect(YAMLEmitter.emit(.mapping([.init("s", .string("a\nb"))])) == "s: |-\n  a\n  b\n")
        #expect(YAMLEmitter.emit(.mapping([.init("s", .string("  x\ny"))])) == "s: |2-\n    x\n  y\n")
        #expect(YAMLEmitter.emit(.mapping([.init("s", .string("a \nb"))])) == "s: \"a \\nb\"\n")
        #expect(YAMLEmitter.emit(.mapping([.init("s", .string("a\r\nb"))])) == "s: \"a\\r\\nb\"\n")
        #expect(YAMLEmitter.emit(.mapping([.init("a\nb", .int(1))])) == "? \"a\\nb\"\n: 1\n")
    }

    @Test("Unicode is written as is, non-printable characters escaped")
    func unicode() throws {
        #expect(YAMLEmitter.emit(.mapping([.init("名前", .string("héllo ✓ 日本"))])) == "名前: héllo ✓ 日本\n")
        #expect(YAMLEmitter.emit(.string("rocket 🚀")) == "\"rocket \\U0001F680\"\n")
        #expect(YAMLEmitter.emit(.string("a\tb")) == "\"a\\tb\"\n")
        #expect(YAMLEmitter.emit(.string("\u{FEFF}x")) == "\"\\uFEFFx\"\n")
        #expect(YAMLEmitter.emit(.string("bell\u{7}")) == "\"bell\\a\"\n")
    }

    @Test("empty collections are written in flow style")
    func emptyCollections() throws {
        #expect(YAMLEmitter.emit(.mapping([.init("labels", .mapping([])), .init("items", .sequence([]))])) == "labels: {}\nitems: []\n")
        #expect(YAMLEmitter.emit(.mapping([])) == "{}\n")
        #expect(YAMLEmitter.emit(.sequence([])) == "[]\n")
        #expect(YAMLEmitter.emit(.sequence([.mapping([]), .sequence([])])) == "- {}\n- []\n")
    }

    @Test("bare scalar documents have no markers")
    func bareScalars() throws {
        #expect(YAMLEmitter.emit(.string("hello")) == "hello\n")
        #expect(YAMLEmitter.emit(.int(3)) == "3\n")
        #expect(YAMLEmitter.emit(.null) == "null\n")
        #expect(YAMLEmitter.emit(.string("a\nb\n")) == "|\n  a\n  b\n")
        #expect(YAMLEmitter.emit(.string("kept\n\n")) == "|+\n  kept\n\n")
    }

    @Test("sequences of mappings and long lines")
    func sequencesAndWidth() throws {
        #expect(YAMLEmitter.emit(.sequence([.mapping([.init("a", .int(1)), .init("b", .int(2))]), .string("c")])) == "- a: 1\n  b: 2\n- c\n")
        let long = Array(repeating: "word", count: 100).joined(separator: " ")
        #expect(YAMLEmitter.emit(.mapping([.init("long", .string(long))])) == "long: \(long)\n")
        let longQuoted = long + " "
        #expect(YAMLEmitter.emit(.mapping([.init("long", .string(longQuoted))])) == "long: \"\(longQuoted)\"\n")
    }

    @Test("keys that look typed are quoted")
    func typedKeys() throws {
        #expect(YAMLEmitter.emit(.mapping([.init("80", .string("x")), .init("on", .bool(true))])) == "\"80\": x\n\"on\": true\n")
    }
}
