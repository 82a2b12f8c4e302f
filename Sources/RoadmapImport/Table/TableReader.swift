/// Finds the measures table in a document and reads its rows: section rows,
/// measure rows and the continuation lines of both, skipping page numbers,
/// blank lines and the header repeated on each page.
///
/// Nothing under the header is dropped without a word: a line the table
/// cannot place is listed with its line number, and a row with a new
/// measure number after the end of the table stops the import.
struct TableReader {
    struct Table: Sendable {
        var header: TableHeader
        var items: [TableItem]
        /// Rows that were neither a measure, a section nor a continuation.
        var strayRows: [SourceRow]
        /// Lines without columns between the table's rows that are no
        /// section: listed, not read.
        var unreadRows: [SourceRow] = []
        var skippedHeaders: Int
        var skippedPageNumbers: Int
        /// The last row of the table.
        var endLine: Int
        /// The row the table ended at, when it is a signature or approval
        /// line («Начальник управления … О.П. Смирнова»).
        var signature: SourceRow?
        /// Indices (into the document's rows) of lines without columns that
        /// the table read as its own, so the title search skips them.
        var proseIndices: Set<Int> = []
        /// Index of the first row after the table.
        var endIndex = 0
    }

    let document: SourceDocument
    /// Each row's cells cleaned once: the look ahead reads the same rows
    /// again for every row before them.
    private let cleaned: [[String]]

    init(document: SourceDocument) {
        self.document = document
        cleaned = document.rows.map { $0.cells.map(CellText.clean) }
    }

    /// The first table with a measures header and at least one measure.
    func read() throws(ImportError) -> Table {
        var start = 0
        var emptyHeader: TableHeader?
        while let (header, index) = findHeader(from: start) {
            let table = readBody(header, from: index + 1)
            if table.items.contains(where: { $0.kind == .measure }) {
                try checkNothingAfter(table)
                return table
            }
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
        let rows = document.rows
        var table = Table(header: header, items: [], strayRows: [], skippedHeaders: 0, skippedPageNumbers: 0,
                          endLine: header.line)
        var current: TableItem?
        var inHeader = true
        var lastSection: String?
        func flush() {
            if let item = current { table.items.append(item) }
            current = nil
        }
        func startSection(_ section: (number: String, title: [String]), line: Int) {
            flush()
            var item = TableItem(kind: .section, number: section.number, line: line, width: width)
            item.sectionTitle = section.title
            item.sectionSpansColumns = section.title.count > 1
            current = item
            lastSection = section.number
        }
        let look = Lookahead(rows: rows, cleaned: cleaned, header: header, numberColumn: numberColumn)
        var index = start
        while index < rows.count {
            let row = rows[index]
            index += 1
            if row.isBlank { continue }
            if !row.isTable {
                if Self.isPageNumber(row.text) { table.skippedPageNumbers += 1; continue }
                // A line without columns: a section printed as one merged
                // cell («II. Методический этап») when measures follow it, an
                // unplaced line when the table goes on after it, else the end.
                let text = CellText.cleanLine(row.text)
                guard look.tableGoesOn(after: index - 1) else {
                    if SignatureLine.matches([text]) { table.signature = row }
                    index -= 1
                    break
                }
                table.proseIndices.insert(index - 1)
                table.endLine = row.line
                if let section = Numbering.section(text) {
                    startSection((section.number, [section.title]), line: row.line)
                } else {
                    table.unreadRows.append(row)
                }
                continue
            }
            var cells = cleaned[index - 1]
            if cells.count < width { cells += Array(repeating: "", count: width - cells.count) }
            cells = Self.resolvingMerges(cells, merged: row.mergedCells, numberColumn: numberColumn)
            if cells.allSatisfy(\.isEmpty) { continue }
            if inHeader, header.isContinuation(cells) { header.absorb(cells); table.endLine = row.line; continue }
            inHeader = false
            if header.isRepeated(cells) { table.skippedHeaders += 1; table.endLine = row.line; continue }
            if header.continuationTexts.contains(cells.joined(separator: "\t")) { continue }
            let numberCell = cells[numberColumn]
            if let section = sectionRow(cells, numberColumn: numberColumn, titleColumn: titleColumn,
                                        after: lastSection, nextMeasure: look.nextMeasureNumber(after: index - 1)) {
                startSection(section, line: row.line)
            } else if Numbering.isMeasureNumber(numberCell) {
                flush()
                var item = TableItem(kind: .measure, number: numberCell, line: row.line, width: width)
                item.append(cells, line: row.line, skipping: numberColumn)
                current = item
            } else if numberCell.isEmpty, current != nil {
                current!.append(cells, line: row.line)
            } else if SignatureLine.matches(cells.filter { !$0.isEmpty }), !look.tableGoesOn(after: index - 1) {
                // «Начальник управления образования | | | О.П. Смирнова»
                // under the last measure signs the table; it is no part of it.
                table.signature = row
                index -= 1
                break
            } else {
                // Text in the number column that is no number: kept with the
                // row above so nothing is lost, and listed for a person to see.
                table.strayRows.append(row)
                current?.append(cells, line: row.line)
            }
            table.endLine = row.line
        }
        flush()
        table.header = header
        table.endIndex = index
        return table
    }

    /// A section row, in one of the shapes the tables print:
    ///
    /// - «I. Диагностический этап», «Раздел 2. Мониторинг» in the number
    ///   column (the other cells empty, or the title torn over them);
    /// - «I.», «II» alone in the number column with the title in the next
    ///   cells; an arabic «1.» only when the cells after the title are empty
    ///   and the next measure is numbered under it («1.1»), since «1.» with
    ///   a title is also how a measure row begins;
    /// - «1. Методическое обеспечение …» in the next column with the number
    ///   column empty — then only when it carries the next section number,
    ///   so a continuation line that happens to start with «2.» stays a
    ///   continuation.
    private func sectionRow(_ cells: [String], numberColumn: Int, titleColumn: Int,
                            after previous: String?, nextMeasure: String?) -> (number: String, title: [String])? {
        let rest = { (from: Int) in cells[(from + 1)...].filter { !$0.isEmpty } }
        if let section = Numbering.section(cells[numberColumn]) {
            return (section.number, [section.title] + rest(numberColumn))
        }
        if let bare = Numbering.bareSection(cells[numberColumn]) {
            let others = cells.indices.filter { $0 != numberColumn && !cells[$0].isEmpty }.map { cells[$0] }
            guard let first = others.first, first.first?.isLetter == true else { return nil }
            if bare.named || Numbering.isRoman(bare.number) { return (bare.number, others) }
            guard others.count == 1, let nextMeasure, nextMeasure.hasPrefix(bare.number + "."),
                  nextMeasure.count > bare.number.count + 1 else { return nil }
            return (bare.number, others)
        }
        guard cells[numberColumn].isEmpty, titleColumn < cells.count,
              let section = Numbering.section(cells[titleColumn]),
              Numbering.follows(section.number, after: previous) else { return nil }
        return (section.number, [section.title] + rest(titleColumn))
    }

    /// Rows after the table with a measure number it has not read: the
    /// table was cut short by a line it could not place, and those measures
    /// would be lost. The import stops and names both lines.
    private func checkNothingAfter(_ table: Table) throws(ImportError) {
        let numberColumn = table.header.column(.number) ?? 0
        let read = Set(table.items.filter { $0.kind == .measure }.map { Numbering.id($0.number) })
        let hierarchical = read.contains { $0.contains(".") }
        let highest = read.compactMap { Int($0) }.max() ?? 0
        for (row, cells) in zip(document.rows[table.endIndex...], cleaned[table.endIndex...])
        where row.isTable && row.cells.count > numberColumn {
            let id = Numbering.id(cells[numberColumn])
            guard Numbering.isMeasureNumber(cells[numberColumn]), !read.contains(id),
                  cells.filter({ !$0.isEmpty }).count >= 2,
                  hierarchical ? id.contains(".") : (Int(id) ?? 0) > highest else { continue }
            let end = document.rows[table.endIndex...].first { !$0.isBlank }
            let cause = end.map { "\(document.place($0.line)) «\(String($0.text.prefix(60)))»" } ?? "конец файла"
            throw ImportError(file: document.file, line: row.line,
                              "мероприятие «\(cells[numberColumn])» идёт после конца таблицы (таблицу прервала \(cause)) и не было бы прочитано; проверьте ту строку — ничего не записано")
        }
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
