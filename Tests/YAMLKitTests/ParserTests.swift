import Testing
import YAMLKit

@Suite("Parsing documents")
struct ParserTests {
    @Test("block mappings, sequences and scalar styles")
    func blockStructure() throws {
        let root = try #require(try parseRoot("""
            name: web
            ports:
              - 80
              - '443'
            note: |
              line one
              line two
            folded: >
              a
              b
            quoted: "x\\ty"
            """))
        #expect(root["name"]?.scalar == Scalar(text: "web", style: .plain))
        #expect(root["ports"]?.sequence?.count == 2)
        #expect(root["ports"]?.sequence?[1].scalar == Scalar(text: "443", style: .singleQuoted))
        #expect(root["note"]?.scalar == Scalar(text: "line one\nline two\n", style: .literal))
        #expect(root["folded"]?.scalar == Scalar(text: "a b\n", style: .folded))
        #expect(root["quoted"]?.scalar == Scalar(text: "x\ty", style: .doubleQuoted))
        #expect(root["missing"] == nil)
        #expect(root.mapping?.map { $0.key.scalar?.text } == ["name", "ports", "note", "folded", "quoted"])
    }

    @Test("JSON input is read as YAML flow syntax")
    func jsonInput() throws {
        let root = try #require(try parseRoot(#"{"kind": "Service", "spec": {"ports": [80, 8.5, true, null, "x"]}}"#))
        #expect(root.toValue() == .mapping([
            .init("kind", .string("Service")),
            .init("spec", .mapping([.init("ports", .sequence([.int(80), .float(8.5), .bool(true), .null, .string("x")]))])),
        ]))
    }

    @Test("multi-document streams keep order and indexes")
    func multipleDocuments() throws {
        let documents = try parseDocuments("a: 1\n---\nb: 2\n---\n- c\n...\n")
        #expect(documents.map(\.index) == [0, 1, 2])
        #expect(documents.map { $0.root?.toValue() } == [
            .mapping([.init("a", .int(1))]), .mapping([.init("b", .int(2))]), .sequence([.string("c")]),
        ])
    }

    @Test("documents without content have no root", arguments: [
        ("", 1), ("# only a comment\n", 1), ("---\n", 1), ("---\n---\n", 2), ("--- # comment\n...\n", 1),
    ])
    func emptyDocuments(text: String, count: Int) throws {
        let documents = try parseDocuments(text)
        #expect(documents.count == count)
        #expect(documents.allSatisfy { $0.root == nil })
    }

    @Test("an empty document between full ones keeps its place")
    func emptyDocumentInStream() throws {
        let documents = try parseDocuments("a: 1\n---\n---\nb: 2\n")
        #expect(documents.map { $0.root == nil } == [false, true, false])
    }

    @Test("explicitly empty values are scalars, not missing roots")
    func explicitEmptyScalars() throws {
        #expect(try parseRoot("--- ''\n")?.scalar == Scalar(text: "", style: .singleQuoted))
        #expect(try parseRoot("--- !!null\n")?.tag == "tag:yaml.org,2002:null")
        #expect(try parseRoot("key:\n")?["key"]?.resolved == .null)
    }

    @Test("comments are ignored")
    func comments() throws {
        let root = try parseRoot("# header\na: 1 # trailing\n# between\nb: [x, # inside\n  z]\n")
        #expect(root?.toValue() == .mapping([.init("a", .int(1)), .init("b", .sequence([.string("x"), .string("z")]))]))
    }

    @Test("aliases are replaced by copies of the anchored node")
    func aliases() throws {
        let root = try #require(try parseRoot("base: &labels {app: web, tier: front}\ncopy: *labels\nname: &n web\nagain: *n\n"))
        #expect(root["copy"]?.toValue() == root["base"]?.toValue())
        #expect(root["again"]?.scalar?.text == "web")
        #expect(root["copy"]?.mark == Mark(line: 2, column: 7))
    }

    @Test("merge keys stay ordinary pairs")
    func mergeKeysAreNotExpanded() throws {
        let root = try parseRoot("base: &b {a: 1}\nderived:\n  <<: *b\n  c: 2\n")
        #expect(root?["derived"]?.toValue() == .mapping([.init("<<", .mapping([.init("a", .int(1))])), .init("c", .int(2))]))
    }

    @Test("explicit tags are expanded and kept")
    func tags() throws {
        let root = try #require(try parseRoot("a: !!str 1\nb: !custom x\nc: !!map {k: v}\nd: plain\n"))
        #expect(root["a"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["b"]?.tag == "!custom")
        #expect(root["c"]?.tag == "tag:yaml.org,2002:map")
        #expect(root["d"]?.tag == nil)
    }

    @Test("a byte order mark at the start is accepted")
    func byteOrderMark() throws {
        let documents = try YAMLParser.parseAll([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8))
        #expect(documents.first?.root?.toValue() == .mapping([.init("a", .int(1))]))
    }

    @Test("documents stream one at a time and end with nil")
    func streaming() throws {
        let parser = try YAMLParser(bytes: Array("a: 1\n---\nb: 2\n".utf8))
        #expect(try parser.nextDocument()?.index == 0)
        #expect(try parser.nextDocument()?.index == 1)
        #expect(try parser.nextDocument() == nil)
        #expect(try parser.nextDocument() == nil)
    }

    @Test("after an error the parser keeps reporting it")
    func errorIsSticky() throws {
        let parser = try YAMLParser(bytes: Array("a: 1\n---\nb: [\n".utf8))
        #expect(try parser.nextDocument()?.index == 0)
        let first = yamlError { _ = try parser.nextDocument() }
        let second = yamlError { _ = try parser.nextDocument() }
        #expect(first?.kind == .syntax)
        #expect(first == second)
    }

    @Test("syntax errors carry libyaml's problem and position")
    func syntaxErrors() {
        let mappingValue = yamlError { _ = try parseDocuments("a: b: c\n") }
        #expect(mappingValue == YAMLError(
            message: "mapping values are not allowed in this context", mark: Mark(line: 1, column: 5), kind: .syntax))
        let unclosed = yamlError { _ = try parseDocuments("key: [a, b\n") }
        #expect(unclosed?.kind == .syntax)
        #expect(unclosed?.message == "did not find expected ',' or ']' (while parsing a flow sequence at 1:6)")
        #expect(unclosed?.relatedMark == Mark(line: 1, column: 6))
        #expect(unclosed?.description.hasPrefix("2:1: did not find expected") == true)
    }

    @Test("non-scalar keys convert to their flow text")
    func complexKeys() throws {
        let root = try parseRoot("? [a, b]\n: 1\n")
        #expect(root?.toValue() == .mapping([.init("[a, b]", .int(1))]))
    }
}
