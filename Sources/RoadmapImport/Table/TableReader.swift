/// Finds the measures table in a document and reads its rows: section rows,
/// measure rows and the continuation lines of both, skipping page numbers,
/// blank lines and the header repeated on each page.
struct TableReader {
    struct Table: Sendable {
        var header: TableHeader
        var items: [TableItem]
        /// Rows that were neither a measure, a section nor a continuation.
        var strayRows: [SourceRow]
        var skippedHeaders: Int
        var skippedPageNumbers: Int
        /// The last row of the table.
        var endLine: Int
    }

    let document: SourceDocument

    /// The first table with a measures header and at least one measure.
    func read() throws(ImportError) -> Table {
        var start = 0
        var emptyHeader: TableHeader?
        while let (header, index) = findHeader(from: start) {
            let table = readBody(header, from: index + 1)
            if table.items.contains(where: { $0.kind == .measure }) { return table }
            emptyHeader = emptyHeader ?? header
            start = index + 1
        }
        if let emptyHeader {
            throw ImportError(file: document.file, line: emptyHeader.line,
                              "после заголовка таблицы («\(emptyHeader.names.filter { !$0.isEmpty }.joined(separator: " | "))») нет ни одной строки с номером мероприятия")
        }
        throw ImportError(file: document.file, line: document.rows.last?.line,
                          "таблица мероприятий не найдена: просмотрено строк — \(document.rows.count), ни одна не похожа на заголовок со столбцами «№», «Мероприятие», «Срок» и «Ответственные»")
    }

    private func findHeader(from start: Int) -> (TableHeader, Int)? {
        var index = start
        while index < document.rows.count {
            if let header = TableHeader(document.rows[index]) { return (header, index) }
            index += 1
        }
        return nil
    }

    private func readBody(_ firstHeader: TableHeader, from start: Int) -> Table {
        var header = firstHeader
        let width = header.width
        let numberColumn = header.column(.number) ?? 0
        let titleColumn = header.column(.title) ?? numberColumn + 1
        var table = Table(header: header, items: [], strayRows: [], skippedHeaders: 0, skippedPageNumbers: 0,
                          endLine: header.line)
        var current: TableItem?
        var inHeader = true
        var lastSection: String?
        func flush() {
            if let item = current { table.items.append(item) }
            current = nil
        }
        for row in document.rows[start...] {
            if row.isBlank { continue }
            if !row.isTable {
                if Self.isPageNumber(row.text) { table.skippedPageNumbers += 1; continue }
                break
            }
            var cells = row.cells.map(CellText.clean)
            if cells.count < width { cells += Array(repeating: "", count: width - cells.count) }
            cells = Self.resolvingMerges(cells, merged: row.mergedCells, numberColumn: numberColumn)
            table.endLine = row.line
            if cells.allSatisfy(\.isEmpty) { continue }
            if inHeader, header.isContinuation(cells) { header.absorb(cells); continue }
            inHeader = false
            if header.isRepeated(cells) { table.skippedHeaders += 1; continue }
            if header.continuationTexts.contains(cells.joined(separator: "\t")) { continue }
            let numberCell = cells[numberColumn]
            if let section = sectionRow(cells, numberColumn: numberColumn, titleColumn: titleColumn, after: lastSection) {
                flush()
                var item = TableItem(kind: .section, number: section.number, line: row.line, width: width)
                item.sectionTitle = section.title
                item.sectionSpansColumns = section.title.count > 1
                current = item
                lastSection = section.number
            } else if Numbering.isMeasureNumber(numberCell) {
                flush()
                var item = TableItem(kind: .measure, number: numberCell, line: row.line, width: width)
                item.append(cells, line: row.line, skipping: numberColumn)
                current = item
            } else if numberCell.isEmpty, current != nil {
                current!.append(cells, line: row.line)
            } else {
                // Text in the number column that is no number: kept with the
                // row above so nothing is lost, and listed for a person to see.
                table.strayRows.append(row)
                current?.append(cells, line: row.line)
            }
        }
        flush()
        table.header = header
        return table
    }

    /// A section row: «I. Диагностический этап» in the number column, or
    /// «1. Методическое обеспечение …» in the next column with the number
    /// column empty — then only when it carries the next section number,
    /// so a continuation line that happens to start with «2.» stays a
    /// continuation.
    private func sectionRow(_ cells: [String], numberColumn: Int, titleColumn: Int,
                            after previous: String?) -> (number: String, title: [String])? {
        let rest = { (from: Int) in cells[(from + 1)...].filter { !$0.isEmpty } }
        if let section = Numbering.section(cells[numberColumn]) {
            return (section.number, [section.title] + rest(numberColumn))
        }
        guard cells[numberColumn].isEmpty, titleColumn < cells.count,
              let section = Numbering.section(cells[titleColumn]),
              Numbering.follows(section.number, after: previous) else { return nil }
        return (section.number, [section.title] + rest(titleColumn))
    }

    /// A DOCX row with vertically merged cells. A new measure (its own
    /// number) reads a merged cell as printed — the deadline or the
    /// responsible shared with the measure above. Any other row (the number
    /// cell itself merged, or empty: the measure above going on) leaves
    /// merged cells out, since the measure above already holds their text.
    static func resolvingMerges(_ cells: [String], merged: Set<Int>, numberColumn: Int) -> [String] {
        guard !merged.isEmpty else { return cells }
        if !merged.contains(numberColumn), Numbering.isMeasureNumber(cells[numberColumn]) { return cells }
        var cells = cells
        for column in merged where column < cells.count { cells[column] = "" }
        return cells
    }

    /// «4», «- 12 -»: a page number left between the rows by the conversion.
    static func isPageNumber(_ text: String) -> Bool {
        let core = text.filter { !$0.isWhitespace && !"-–—".contains($0) }
        return !core.isEmpty && core.count <= 3 && core.allSatisfy(\.isNumber)
    }
}
