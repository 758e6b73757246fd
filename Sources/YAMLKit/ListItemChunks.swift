/// Cuts one `kind: List` document, laid out as `kubectl get -o yaml` writes it, into runs of
/// whole items that can be parsed on their own, for parsing a large dump on several cores.
///
/// The layout: the top level is a block mapping whose `items:` key stands alone on its line at
/// column 0 (a comment may follow), and the items are `- ` entries at column 0 below it. An
/// item starts at every line that begins with `-` and a blank; the items end at the first line
/// that begins with anything but an item, a comment, a blank or a line break, where the rest of
/// the mapping (the trailer: `kind`, `metadata`) starts.
///
/// Why a run of items parses as within the whole document: in both, libyaml reads the run's
/// lines at indentation 0 with nothing pending, so it finds the same tokens. The whole document
/// leaves the sequence's start and end implicit (a sequence at its key's indentation), the run
/// makes them explicit (a block sequence at column 0), and its nodes sit one level less deep
/// (``pieceLimits(_:)``). A line at column 0 that looks like an item without being one can only
/// be inside a quoted scalar or a flow collection (block scalars and plain continuation lines
/// are indented), so a cut there leaves the run before it unterminated, and that run fails to
/// parse. A line after a lone `\r`, U+0085, U+2028 or U+2029, which libyaml also starts at
/// column 0, is not looked at: an item or a key there stays inside a run, where a key at column
/// 0 fails to parse, a `---` starts a second document and a `...` ends the first early.
///
/// The caller checks that every piece parses to one document, a block sequence without a `...`
/// end marker (``YAMLParser/explicitDocumentEnds``), whose line count is that of its bytes; that ``skeleton`` parses to one document accepted by
/// ``isListMapping(_:)``; and that the pieces' alias expansion stays within the limit together.
/// Whenever one of these fails, it parses the whole document instead, so results and errors
/// never depend on the cut. Inputs the rule does not cover are never cut: UTF-16 or UTF-32
/// input, a `%` before the `items:` line (a directive would apply to the whole document, not
/// to the pieces), and documents without a column-0 `items:` line followed by an item.
public struct ListItemChunks: Sendable {
    /// The runs of items, in order, with the lines before each in the whole input. The first
    /// starts just after the `items:` line (with the comments before the first item), the last
    /// ends where the trailer starts.
    public var pieces: [StreamChunk]
    /// The document without its items: the bytes up to the `items:` line's end, one `\n` for
    /// each line break of the items, then the trailer. Parsed, it gives the List's own keys with
    /// the lines and columns of the whole input, and the checks the whole document makes on them
    /// (syntax, duplicate keys, limits, a second document), with an empty `items` value.
    public var skeleton: [UInt8]
    /// The 1-based line of the `items:` key.
    public var itemsLine: Int
    /// The lines before the trailer, when the items do not run to the end of the input.
    public var trailerLineOffset: Int?

    /// The line count libyaml must reach at the end of piece `index` for the marks of what
    /// follows to line up with the whole input; nil for a last piece that ends the input.
    public func expectedLines(ofPiece index: Int) -> Int? {
        let next = index + 1 < pieces.count ? pieces[index + 1].lineOffset : trailerLineOffset
        return next.map { $0 - pieces[index].lineOffset }
    }

    /// At most `parts` runs of about equal size (each cut at the first item at or after an
    /// equal share of the input), or nil when the input is not laid out as described above or
    /// yields a single run.
    public static func split(_ bytes: [UInt8], parts: Int) -> ListItemChunks? {
        guard parts > 1, !bytes.isEmpty, !StreamChunk.hasForeignByteOrderMark(bytes) else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> ListItemChunks? in
            guard let key = itemsKeyLine(in: buffer),
                let (starts, trailer) = itemRuns(in: buffer, from: key.end, parts: parts), starts.count > 1
            else { return nil }
            let headerLines = StreamChunk.lineBreaks(in: buffer, 0..<key.end)
            var pieces: [StreamChunk] = []
            var lines = headerLines
            for (index, start) in starts.enumerated() {
                let end = index + 1 < starts.count ? starts[index + 1] : trailer
                pieces.append(StreamChunk(range: start..<end, lineOffset: lines))
                lines += StreamChunk.lineBreaks(in: buffer, start..<end)
            }
            var skeleton: [UInt8] = []
            skeleton.reserveCapacity(key.end + lines - headerLines + buffer.count - trailer)
            skeleton += buffer[0..<key.end]
            skeleton += repeatElement(ASCII.lineFeed, count: lines - headerLines)
            skeleton += buffer[trailer...]
            let itemsLine = StreamChunk.lineBreaks(in: buffer, 0..<key.start) + 1
            return ListItemChunks(
                pieces: pieces, skeleton: skeleton, itemsLine: itemsLine, trailerLineOffset: trailer < buffer.count ? lines : nil)
        }
    }

    /// The limits to parse a piece with, so that it fails exactly where its items would within
    /// the whole document: a piece's nodes sit one level less deep, since its sequence stands
    /// for both the document's mapping and its `items` sequence. Alias expansion is charged per
    /// document: the caller adds up ``YAMLParser/aliasNodesExpanded`` of the skeleton and of
    /// every piece and compares the sum with the limit.
    public static func pieceLimits(_ limits: ParseLimits) -> ParseLimits {
        var piece = limits
        piece.maxDepth = max(0, limits.maxDepth - 1)
        return piece
    }

    /// Whether `root`, the root of the parsed ``skeleton``, is the mapping the cut assumed: a
    /// block mapping at column 1 (its first key starts where the mapping starts, which no flow
    /// mapping's does) whose `items` key is the plain one on ``itemsLine``, with an empty plain
    /// value. A value there would mean something at column 0 after the items that the whole
    /// document rejects, such as a block scalar, but the skeleton takes for the value.
    public func isListMapping(_ root: Node) -> Bool {
        guard let pairs = root.mapping, let first = pairs.first, root.mark.column == 1, first.key.mark == root.mark,
            let items = pairs.first(where: { $0.key.scalar?.text == "items" }),
            items.key.mark == Mark(line: itemsLine, column: 1), items.key.tag == nil, items.key.scalar?.style == .plain,
            items.value.tag == nil, let value = items.value.scalar
        else { return false }
        return value.style == .plain && value.text.isEmpty
    }

    /// The first line that is exactly `items:` (then blanks, and an ASCII comment after a
    /// blank): its start, and the start of the line after it. Nil when there is none, or when a
    /// `%` comes before it.
    private static func itemsKeyLine(in bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int)? {
        var start = 0
        while start < bytes.count {
            let end = nextLineStart(in: bytes, after: start)
            if isItemsKey(bytes, start..<end) { return (start, end) }
            if bytes[start..<end].contains(percent) { return nil }
            start = end
        }
        return nil
    }

    /// Whether `line` (with its line break) is `items:`, optional blanks, and optionally a
    /// comment of printable ASCII after a blank, ending with `\n` or `\r\n`.
    private static func isItemsKey(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard line.count >= itemsKey.count + 1, bytes[line.upperBound - 1] == ASCII.lineFeed,
            itemsKey.indices.allSatisfy({ bytes[line.lowerBound + $0] == itemsKey[$0] })
        else { return false }
        var end = line.upperBound - 1
        if bytes[end - 1] == ASCII.carriageReturn { end -= 1 }
        var index = line.lowerBound + itemsKey.count
        while index < end, bytes[index] == ASCII.space || bytes[index] == ASCII.tab { index += 1 }
        guard index < end else { return true }
        guard bytes[index] == hash, index > line.lowerBound + itemsKey.count else { return false }
        return bytes[index..<end].allSatisfy { $0 >= 0x20 && $0 < 0x7F || $0 == ASCII.tab }
    }

    /// The starts of the runs of items after the `items:` line (the first at `regionStart`, each
    /// other at the first item at or after an equal share of the input), and where the trailer
    /// starts; nil when no item comes before the trailer, or a line other than a comment or an
    /// empty line comes before the first item.
    private static func itemRuns(
        in bytes: UnsafeBufferPointer<UInt8>, from regionStart: Int, parts: Int
    ) -> (starts: [Int], trailer: Int)? {
        var starts = [regionStart]
        var part = 1
        var target = bytes.count / parts
        var sawItem = false
        var position = regionStart
        while position < bytes.count {
            let byte = bytes[position]
            if byte == ASCII.minus, position + 1 == bytes.count || isBlankOrBreak(bytes[position + 1]) {
                if sawItem, position >= target {
                    starts.append(position)
                    while target <= position {
                        part += 1
                        target = part < parts ? bytes.count * part / parts : Int.max
                    }
                }
                sawItem = true
            } else if !(byte == hash || byte == ASCII.lineFeed || byte == ASCII.carriageReturn
                || (sawItem && (byte == ASCII.space || byte == ASCII.tab)))
            {
                break
            }
            position = nextLineStart(in: bytes, after: position)
        }
        return sawItem ? (starts, position) : nil
    }

    /// The start of the line after the one `offset` is in: just past the next `\n`, or the end
    /// of the input. Eight bytes at a time.
    private static func nextLineStart(in bytes: UnsafeBufferPointer<UInt8>, after offset: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let raw = UnsafeRawPointer(base)
        var index = offset
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let found = StreamChunk.zeroBytes(word ^ StreamChunk.lineFeeds)
            if found != 0 { return index + found.trailingZeroBitCount / 8 + 1 }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] == ASCII.lineFeed { return index + 1 }
            index += 1
        }
        return bytes.count
    }

    private static func isBlankOrBreak(_ byte: UInt8) -> Bool {
        byte == ASCII.space || byte == ASCII.tab || byte == ASCII.lineFeed || byte == ASCII.carriageReturn
    }

    private static let itemsKey = Array("items:".utf8)
    private static let hash = UInt8(ascii: "#")
    private static let percent = UInt8(ascii: "%")
}
