/// A sheet's cells laid out as the rows the table logic reads, as the
/// sheet shows them:
/// - a merged range shows its first cell's text: across columns the
///   others stay empty, so columns keep their place; down rows each row
///   below reads the text again and marks the column in `mergedCells`, as
///   a DOCX's `w:vMerge` does;
/// - a row with text only in column A is prose, as a line without tabs is
///   in a converted text (the title, a signature); a row with more is a
///   table row, all table rows as wide as the widest.
struct XlsxGrid {
    var rows: [SourceRow] = []
    var notices: [XlsxCellNotice] = []
    var hiddenRows: [Int] = []

    /// A table wider than Word's widest (63 columns) is no roadmap; text
    /// past it is named, not read.
    static let maximumColumns = 63
    /// Rows a merged range may copy its text into, over the whole sheet.
    static let mergeBudget = 4 * InputLimits.rows

    init(_ sheet: XlsxSheetParser) throws(XlsxGridFault) {
        notices = sheet.notices
        var cells: [Int: [Int: String]] = [:]
        for row in sheet.rows where !row.cells.isEmpty {
            cells[row.number, default: [:]].merge(row.cells) { _, new in new }
            if row.hidden { hiddenRows.append(row.number) }
        }
        let lastRow = cells.keys.max() ?? 0
        var merged: [Int: Set<Int>] = [:]
        var spans: [Int: Int] = [:]
        var budget = Self.mergeBudget
        for range in sheet.merges where range.firstRow <= lastRow {
            let text = cells[range.firstRow]?[range.firstColumn] ?? ""
            let last = min(range.lastRow, lastRow)
            budget -= last - range.firstRow + 1
            guard budget >= 0 else { throw .tooManyMerges(sheet.merges.count) }
            for row in range.firstRow...last {
                for (column, hidden) in cells[row] ?? [:] where (range.firstColumn...range.lastColumn).contains(column)
                    && (row, column) != (range.firstRow, range.firstColumn) {
                    notices.append(XlsxCellNotice(row: row, column: column,
                        message: "текст «\(hidden)» закрыт объединённой ячейкой \(XlsxRange.name(row: range.firstRow, column: range.firstColumn)) и в таблице не виден; не прочитан"))
                    cells[row]?[column] = nil
                }
                if range.lastColumn > range.firstColumn { spans[row] = max(spans[row] ?? 0, min(range.lastColumn, Self.maximumColumns - 1) + 1) }
                if row > range.firstRow, !text.isEmpty {
                    cells[row, default: [:]][range.firstColumn] = text
                    merged[row, default: []].insert(range.firstColumn)
                }
            }
        }
        rows = layout(cells, merged: merged, spans: spans)
    }

    private mutating func layout(_ cells: [Int: [Int: String]], merged: [Int: Set<Int>], spans: [Int: Int]) -> [SourceRow] {
        var laid: [SourceRow] = []
        var width = 1
        for number in cells.keys.sorted() {
            let row = cells[number]!
            for (column, text) in row where column >= Self.maximumColumns {
                notices.append(XlsxCellNotice(row: number, column: column,
                    message: "текст «\(text)» дальше \(Self.maximumColumns)-го столбца, где таблиц не бывает; не прочитан"))
            }
            let used = row.keys.filter { $0 < Self.maximumColumns }
            let count = max((used.max() ?? -1) + 1, spans[number] ?? 0)
            guard count > 0 else { continue }
            let texts = (0..<count).map { row[$0] ?? "" }
            let isTable = count > 1
            if isTable { width = max(width, count) }
            laid.append(SourceRow(cells: texts, line: number, isTable: isTable, mergedCells: merged[number] ?? []))
        }
        return laid.map { row in
            guard row.isTable, row.cells.count < width else { return row }
            var wide = row
            wide.cells += Array(repeating: "", count: width - row.cells.count)
            return wide
        }
    }
}

enum XlsxGridFault: Error {
    case tooManyMerges(Int)
}
