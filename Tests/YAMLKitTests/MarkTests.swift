import Testing
import YAMLKit

@Suite("Marks")
struct MarkTests {
    private static let stream = """
        apiVersion: v1
        items:
          - name: a
            ports:
              - 80
              - "443"
        ---
        # comment
        second: {x: 1, y: [true]}
        名前: 値
        """

    @Test("marks are 1-based and exact for nested keys, values and items")
    func nestedMarks() throws {
        let documents = try parseDocuments(Self.stream)
        let first = try #require(documents.first?.root)
        #expect(first.mark == Mark(line: 1, column: 1))
        #expect(first.mapping?[0].key.mark == Mark(line: 1, column: 1))
        #expect(first["apiVersion"]?.mark == Mark(line: 1, column: 13))
        let items = try #require(first["items"])
        #expect(first.mapping?[1].key.mark == Mark(line: 2, column: 1))
        #expect(items.mark == Mark(line: 3, column: 3))
        let item = try #require(items.sequence?.first)
        #expect(item.mark == Mark(line: 3, column: 5))
        #expect(item["name"]?.mark == Mark(line: 3, column: 11))
        #expect(item.mapping?[1].key.mark == Mark(line: 4, column: 5))
        let ports = try #require(item["ports"]?.sequence)
        #expect(ports.map(\.mark) == [Mark(line: 5, column: 9), Mark(line: 6, column: 9)])
    }

    @Test("marks continue across documents")
    func marksAcrossDocuments() throws {
        let documents = try parseDocuments(Self.stream)
        #expect(documents.map(\.mark) == [Mark(line: 1, column: 1), Mark(line: 7, column: 1)])
        let second = try #require(documents[1].root)
        #expect(second.mark == Mark(line: 9, column: 1))
        let flow = try #require(second["second"])
        #expect(flow.mark == Mark(line: 9, column: 9))
        #expect(flow.mapping?[0].key.mark == Mark(line: 9, column: 10))
        #expect(flow["x"]?.mark == Mark(line: 9, column: 13))
        #expect(flow["y"]?.mark == Mark(line: 9, column: 19))
        #expect(flow["y"]?.sequence?.first?.mark == Mark(line: 9, column: 20))
    }

    @Test("columns count Unicode scalars, not bytes")
    func unicodeColumns() throws {
        let root = try #require(try parseDocuments(Self.stream)[1].root)
        #expect(root.mapping?[1].key.mark == Mark(line: 10, column: 1))
        #expect(root["名前"]?.mark == Mark(line: 10, column: 5))
    }

    @Test("a node's mark includes its anchor or tag")
    func propertiesStartTheNode() throws {
        let root = try #require(try parseRoot("a: &x 1\nb: !!str 2\n"))
        #expect(root["a"]?.mark == Mark(line: 1, column: 4))
        #expect(root["b"]?.mark == Mark(line: 2, column: 4))
    }

    @Test("marks order by line, then column, and print as line:column")
    func ordering() {
        #expect(Mark(line: 1, column: 9) < Mark(line: 2, column: 1))
        #expect(Mark(line: 3, column: 2) < Mark(line: 3, column: 10))
        #expect(!(Mark(line: 3, column: 2) < Mark(line: 3, column: 2)))
        #expect([Mark(line: 2, column: 1), Mark(line: 1, column: 5)].sorted() == [Mark(line: 1, column: 5), Mark(line: 2, column: 1)])
        #expect(Mark(line: 12, column: 7).description == "12:7")
    }
}
