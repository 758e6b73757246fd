import Dispatch
import YAMLKit

/// A large `kind: List` file, the one document `kubectl get -o yaml` writes, is cut between its
/// items (``ListItemChunks``), and the runs of items are parsed and decoded on several cores,
/// each run's node tree released once its items are decoded. The List's own keys are checked
/// on the skeleton (the document without its items): it must be one List document laid out as
/// the cut assumed. When the skeleton or any run disagrees with what the whole document would
/// give (an error, a limit, a line count, a node other than one block sequence), the file is
/// parsed in one piece, which then reports any error.
extension ManifestParser {
    /// The runs of items of a large `kind: List` file, each parsed and decoded, in order; nil
    /// when the file is parsed in one piece.
    func parseListInPieces(_ file: SourceFile) -> [Piece]? {
        let parts = max(parallelism, file.bytes.count / max(1, listPieceBytes))
        guard let list = ListItemChunks.split(file.bytes, parts: parts), let skeletonAliases = checkedSkeleton(of: list)
        else { return nil }
        let count = list.pieces.count
        let workers = min(parallelism, count)
        let pieceLimits = ListItemChunks.pieceLimits(limits)
        var results = [(piece: Piece, aliasNodes: Int)?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { results in
            nonisolated(unsafe) let results = results
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                // Runs are about the same size, so each worker takes every `workers`-th one.
                for index in stride(from: worker, to: count, by: workers) {
                    results[index] = parseItems(
                        file, list.pieces[index], expectedLines: list.expectedLines(ofPiece: index), limits: pieceLimits)
                }
            }
        }
        let parsed = results.compactMap { $0 }
        guard parsed.count == count,
            parsed.reduce(skeletonAliases, { $0 + $1.aliasNodes }) <= limits.maxAliasExpansion
        else { return nil }
        return parsed.map(\.piece)
    }

    /// The nodes the skeleton's aliases expanded, when it parses to one document that is a
    /// List laid out as the cut assumed (``ListItemChunks/isListMapping(_:)``) and whose items
    /// the one-piece parse would decode one by one; nil otherwise.
    private func checkedSkeleton(of list: ListItemChunks) -> Int? {
        do {
            let parser = try YAMLParser(bytes: list.skeleton, limits: limits)
            guard let root = try parser.nextDocument()?.root, try parser.nextDocument() == nil, list.isListMapping(root),
                root["apiVersion"]?.scalar != nil, let kind = root["kind"]?.scalar?.text, Self.isListKind(kind, of: root)
            else { return nil }
            return parser.aliasNodesExpanded
        } catch {
            return nil
        }
    }

    /// One run of items, decoded, with the nodes its aliases expanded; nil when it cannot stand
    /// for its part of the file (an error, a document other than one sequence, a `...` marker
    /// that ends the document there, or a line count other than `expectedLines`).
    private func parseItems(
        _ file: SourceFile, _ chunk: StreamChunk, expectedLines: Int?, limits: ParseLimits
    ) -> (piece: Piece, aliasNodes: Int)? {
        var piece = Piece()
        let reader = NodeReader(file: file.path, lineOffset: chunk.lineOffset)
        do {
            let parser = try YAMLParser(bytes: file.bytes, range: chunk.range, limits: limits)
            guard let items = try parser.nextDocument()?.root?.sequence, try parser.nextDocument() == nil,
                parser.explicitDocumentEnds == 0
            else { return nil }
            if let expectedLines, parser.linesRead != expectedLines { return nil }
            for item in items {
                try decodeObject(item, reader: reader, into: &piece.manifests, findings: &piece.findings)
            }
            return (piece, parser.aliasNodesExpanded)
        } catch {
            return nil
        }
    }
}
