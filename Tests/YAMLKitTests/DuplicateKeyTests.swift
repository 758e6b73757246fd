import Testing
import YAMLKit

@Suite("Duplicate keys")
struct DuplicateKeyTests {
    @Test("a repeated key names both positions")
    func repeatedKey() {
        let error = yamlError { _ = try parseDocuments("metadata:\n  labels:\n    name: a\n    other: b\n    name: c\n") }
        #expect(error == YAMLError(
            message: #"duplicate mapping key "name" (first defined at 3:5)"#,
            mark: Mark(line: 5, column: 5), relatedMark: Mark(line: 3, column: 5), kind: .duplicateKey))
    }

    @Test("quoted and plain spellings of the same key are duplicates")
    func quotedDuplicate() {
        let error = yamlError { _ = try parseDocuments("{\"a\": 1, 'b': 2, a: 3}") }
        #expect(error?.kind == .duplicateKey)
        #expect(error?.mark == Mark(line: 1, column: 18))
        #expect(error?.relatedMark == Mark(line: 1, column: 2))
    }

    @Test("duplicates are found in large mappings too")
    func largeMapping() {
        let keys = (0..<40).map { "key\($0): \($0)" }.joined(separator: "\n")
        let error = yamlError { _ = try parseDocuments(keys + "\nkey7: again\n") }
        #expect(error?.mark == Mark(line: 41, column: 1))
        #expect(error?.relatedMark == Mark(line: 8, column: 1))
        #expect(error?.message == #"duplicate mapping key "key7" (first defined at 8:1)"#)
    }

    @Test("the message never shows the values")
    func valuesStayHidden() {
        let error = yamlError { _ = try parseDocuments("password: hunter2\npassword: s3cret\n") }
        #expect(error?.kind == .duplicateKey)
        #expect(error?.description.contains("hunter2") == false)
        #expect(error?.description.contains("s3cret") == false)
    }

    @Test("the same key in different mappings or documents is fine")
    func separateScopes() throws {
        let documents = try parseDocuments("a: {name: 1}\nb: {name: 2}\n---\na: 3\n")
        #expect(documents.count == 2)
    }
}
