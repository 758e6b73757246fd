import Dispatch
import YAMLKit

/// Large files of many documents are cut at document markers (``StreamChunk``), large
/// `kind: List` documents between their items (``ListItemChunks``, see
/// `ManifestParser+ListPieces.swift`), and the pieces parsed and decoded on several cores at
/// once. Whenever a piece does not parse exactly as the same bytes would within the whole file
/// (a syntax error, a limit, line counts that do not agree), the file is parsed again in one
/// piece, so errors and results never depend on the cut.
extension ManifestParser {
    /// What one piece read.
    struct Piece: Sendable {
        var manifests = ParsedManifests()
        var findings = FindingList()
    }

    /// The pieces of `file`, each parsed and decoded, in order; nil when the file is parsed in
    /// one piece.
    func parseInPieces(_ file: SourceFile) -> [Piece]? {
        guard parallelism > 1, file.bytes.count >= minimumParallelBytes, file.bytes.count <= limits.maxInputBytes else { return nil }
        guard let chunks = StreamChunk.split(file.bytes, parts: parallelism) else { return parseListInPieces(file) }
        var results = [(piece: Piece, documents: Int)?](repeating: nil, count: chunks.count)
        results.withUnsafeMutableBufferPointer { results in
            nonisolated(unsafe) let results = results
            DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
                let expectedLines = index + 1 < chunks.count ? chunks[index + 1].lineOffset - chunks[index].lineOffset : nil
                results[index] = parse(file, chunks[index], expectedLines: expectedLines)
            }
        }
        let parsed = results.compactMap { $0 }
        guard parsed.count == chunks.count, parsed.reduce(0, { $0 + $1.documents }) <= limits.maxDocuments else { return nil }
        return parsed.map(\.piece)
    }

    /// One piece, with the number of documents it held; nil when it cannot stand for its part
    /// of the file (an error, or a line count other than `expectedLines`).
    private func parse(_ file: SourceFile, _ chunk: StreamChunk, expectedLines: Int?) -> (piece: Piece, documents: Int)? {
        var piece = Piece()
        let reader = NodeReader(file: file.path, lineOffset: chunk.lineOffset)
        do {
            let parser = try YAMLParser(bytes: file.bytes, range: chunk.range, limits: limits)
            let documents = try decodeDocuments(of: parser, reader: reader, into: &piece.manifests, findings: &piece.findings)
            if let expectedLines, parser.linesRead != expectedLines { return nil }
            return (piece, documents)
        } catch {
            return nil
        }
    }
}
