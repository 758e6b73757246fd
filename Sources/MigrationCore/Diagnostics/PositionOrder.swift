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
        // The keys are sorted along with the positions, so a comparison reads the two entries
        // it compares and nothing else unless their locations are the same.
        var entries = locations.indices.map { index in
            let location = locations[index]
            return Entry(file: files[location?.file ?? ""]!, line: location?.line ?? 0, column: location?.column ?? 0, index: index)
        }
        entries.sort { left, right in
            if left.file != right.file { return left.file < right.file }
            if left.line != right.line { return left.line < right.line }
            if left.column != right.column { return left.column < right.column }
            if tieBreak(elements[left.index], elements[right.index]) { return true }
            if tieBreak(elements[right.index], elements[left.index]) { return false }
            return left.index < right.index
        }
        return entries.map(\.index)
    }

    /// A position and its location, as integers (the file by its rank among the files).
    private struct Entry {
        var file: Int
        var line: Int
        var column: Int
        var index: Int
    }
}
