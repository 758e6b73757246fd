/// Sorting by source position without comparing file names at every step: each element's
/// file, line and column are first reduced to integers (the file's rank among the files
/// present), so most comparisons touch no string. Reports sort tens of thousands of findings
/// and annotation outcomes this way.
enum PositionOrder {
    /// The positions of `elements` in the order of their locations (nil counts as line 0 of
    /// the empty file), with `tieBreak` ordering elements at the same location. The sort is
    /// stable.
    static func sortedIndices<Element>(
        of elements: [Element], location: (Element) -> SourceLocation?, tieBreak: (Element, Element) -> Bool
    ) -> [Int] {
        let locations = elements.map(location)
        let files = Dictionary(
            uniqueKeysWithValues: Set(locations.lazy.map { $0?.file ?? "" }).sorted().enumerated().map { ($1, $0) })
        let keys = locations.map { location in
            Key(file: files[location?.file ?? ""]!, line: location?.line ?? 0, column: location?.column ?? 0)
        }
        return elements.indices.sorted { left, right in
            keys[left] != keys[right] ? keys[left] < keys[right] : tieBreak(elements[left], elements[right])
        }
    }

    private struct Key: Comparable {
        var file: Int
        var line: Int
        var column: Int

        static func < (lhs: Key, rhs: Key) -> Bool { (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column) }
    }
}
