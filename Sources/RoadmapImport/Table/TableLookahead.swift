/// Looks past a row of the measures table to decide what the row is: a
/// line without columns is part of the table only when measures follow it,
/// and «1.» alone in the number column is a section only when the next
/// measure is numbered under it.
struct Lookahead {
    let rows: [SourceRow]
    /// The rows' cells as `CellText.clean` gives them.
    let cleaned: [[String]]
    let header: TableHeader
    let numberColumn: Int

    /// How far to look: a section heading and a line or two of its title,
    /// a repeated header and a page number fit in it.
    private let reach = 6

    /// Whether a measure row comes after the row at `index`, past blank
    /// lines, page numbers, repeated headers, section rows and
    /// continuation rows. A header of another table or prose ends the
    /// search.
    func tableGoesOn(after index: Int) -> Bool {
        nextMeasureNumber(after: index) != nil
    }

    /// The number of the next measure row after `index`, if the table
    /// reaches it.
    func nextMeasureNumber(after index: Int) -> String? {
        var seen = 0
        var next = index + 1
        while next < rows.count, seen < reach {
            let row = rows[next]
            next += 1
            if row.isBlank { continue }
            seen += 1
            if !row.isTable {
                let text = CellText.cleanLine(row.text)
                if TableReader.isPageNumber(text) || Numbering.section(text) != nil { continue }
                return nil
            }
            let cells = cleaned[next - 1]
            guard numberColumn < cells.count else { return nil }
            let number = cells[numberColumn]
            if header.isRepeated(cells) || row.mergedCells.contains(numberColumn) { continue }
            if Numbering.isMeasureNumber(number) { return number }
            if number.isEmpty || Numbering.section(number) != nil || Numbering.bareSection(number) != nil { continue }
            return nil
        }
        return nil
    }
}
