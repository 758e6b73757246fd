internal import CLibYAML

/// A streaming YAML parser over a whole input buffer, returning one ``Document`` at a time.
///
/// It wraps a libyaml parser, which it frees when released, and keeps the input bytes
/// alive while libyaml reads them.
public final class YAMLParser {
    private enum Phase {
        case beforeStream
        case betweenDocuments
        case finished
        case failed(YAMLError)
    }

    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private let input: ParserInput
    private let limits: ParseLimits
    private var phase = Phase.beforeStream
    private var documentCount = 0
    /// Reused from document to document, so its working lists keep their storage.
    private var builder: DocumentTreeBuilder

    /// Prepares to parse `bytes` (UTF-8, or UTF-16 with a byte order mark).
    /// Throws ``YAMLError/Kind/inputSize`` when the input exceeds `limits.maxInputBytes`.
    /// With `range`, only those bytes are parsed: a piece of a stream cut with ``StreamChunk``,
    /// whose marks then count from the piece's start.
    public init(bytes: [UInt8], range: Range<Int>? = nil, limits: ParseLimits = .default) throws {
        let size = range?.count ?? bytes.count
        guard size <= limits.maxInputBytes else {
            throw YAMLError(
                message: "input of \(size) bytes exceeds the limit of \(limits.maxInputBytes) bytes",
                kind: .inputSize)
        }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        guard yaml_parser_initialize(parser) != 0 else {
            parser.deallocate()
            throw YAMLError(message: "out of memory while creating the YAML parser", kind: .syntax)
        }
        self.parser = parser
        self.event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        self.input = ParserInput(bytes: bytes, range: range)
        self.limits = limits
        self.builder = DocumentTreeBuilder(limits: limits)
        yaml_parser_set_input(parser, readParserInput, Unmanaged.passUnretained(input).toOpaque())
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
    }

    /// The next document of the stream, or nil after the last one. A stream without any
    /// document (empty, or only comments) yields one document whose root is nil.
    /// After an error, every further call throws the same error.
    public func nextDocument() throws -> Document? {
        do {
            switch phase {
            case .failed(let error):
                throw error
            case .finished:
                return nil
            case .beforeStream:
                try readEvent { _ in }
                phase = .betweenDocuments
            case .betweenDocuments:
                break
            }
            return try readDocument()
        } catch let error as YAMLError {
            phase = .failed(error)
            throw error
        }
    }

    /// How many line breaks libyaml has read: after the last document, the number of lines of
    /// the input (checked against ``StreamChunk/lineOffset`` when pieces are parsed apart).
    public var linesRead: Int { Int(parser.pointee.mark.line) }

    /// The nodes alias expansion has added in all the documents read so far, each alias
    /// counting its anchored subtree as ``ParseLimits/maxAliasExpansion`` charges it. A
    /// document cut into pieces (``ListItemChunks``) is within that limit when the pieces
    /// together are.
    public private(set) var aliasNodesExpanded = 0

    /// How many of the documents read so far ended with a `...` marker. A piece cut from a
    /// larger document (``ListItemChunks``) must have none: the whole document goes on after it.
    public private(set) var explicitDocumentEnds = 0

    /// Parses every document of `bytes`.
    public static func parseAll(_ bytes: [UInt8], limits: ParseLimits = .default) throws -> [Document] {
        let parser = try YAMLParser(bytes: bytes, limits: limits)
        var documents: [Document] = []
        while let document = try parser.nextDocument() {
            documents.append(document)
        }
        return documents
    }

    /// Reads the next document start (or the stream end) and the document's content.
    private func readDocument() throws -> Document? {
        let (eventType, documentMark) = try readEvent { event in (event.pointee.type, event.startMark) }
        guard eventType == YAML_DOCUMENT_START_EVENT else {
            phase = .finished
            guard documentCount == 0 else { return nil }
            documentCount = 1
            return Document(root: nil, index: 0, mark: .start)
        }
        guard documentCount < limits.maxDocuments else {
            throw YAMLError(
                message: "stream has more than the limit of \(limits.maxDocuments) documents",
                mark: documentMark, kind: .documentCount)
        }
        builder.reset()
        while try !readEvent({ event in
            let end = try builder.consume(event)
            if end, event.pointee.data.document_end.implicit == 0 { explicitDocumentEnds += 1 }
            return end
        }) {}
        aliasNodesExpanded += builder.aliasNodesExpanded
        let index = documentCount
        documentCount += 1
        return Document(root: Self.contentRoot(builder.takeRoot()), index: index, mark: documentMark)
    }

    /// Parses one event, hands it to `body`, then releases it.
    private func readEvent<Result>(_ body: (UnsafePointer<yaml_event_t>) throws -> Result) throws -> Result {
        guard yaml_parser_parse(parser, event) != 0 else {
            throw input.bytes.withUnsafeBufferPointer { bytes in
                YAMLError(failedParser: parser, input: UnsafeBufferPointer(rebasing: bytes[input.range]))
            }
        }
        defer { yaml_event_delete(event) }
        return try body(event)
    }

    /// libyaml reports a document without content as an empty plain scalar; that is no root.
    private static func contentRoot(_ root: Node?) -> Node? {
        guard let root, root.tag == nil, case .scalar(let scalar) = root.content,
              scalar.style == .plain, scalar.text.isEmpty
        else { return root }
        return nil
    }
}
