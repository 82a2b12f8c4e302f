/// One line of a converted document, one record of a TSV/CSV file or one
/// paragraph or table row of a DOCX: the common shape every reader gives
/// the table logic.
struct SourceRow: Hashable, Sendable {
    /// Cells as written; a line without tabs is one cell. A cell may hold
    /// `\n` where the source had separate paragraphs inside one cell.
    var cells: [String]
    /// Line of the file, or row of the DOCX table, counted from 1.
    var line: Int
    /// False for prose between tables (a text line without tabs, a DOCX
    /// paragraph outside a table): such a line ends a table.
    var isTable: Bool
    /// DOCX: the columns whose cell continues a vertical merge from the row
    /// above (`w:vMerge`); such a cell holds the text of the cell it
    /// continues, as a reader of the printed table sees it.
    var mergedCells: Set<Int> = []

    /// A line of text: tab-separated cells make a table row, a line
    /// without tabs is prose.
    static func textLine(_ line: String, number: Int) -> SourceRow {
        SourceRow(cells: line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init),
                  line: number, isTable: line.contains("\t"))
    }

    var isBlank: Bool { cells.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
    var text: String { cells.filter { !$0.isEmpty }.joined(separator: " ") }
}

/// A document read into rows, with the word its places are named by.
struct SourceDocument: Sendable {
    enum Kind: Sendable, Equatable {
        case text, delimited, docx
        /// A worksheet of a workbook, by its name; its lines are the sheet's rows.
        case sheet(String)
    }

    var file: String
    var kind: Kind
    var rows: [SourceRow]

    /// «строка 57» in a text or TSV file, «строка таблицы 12» in a DOCX,
    /// «лист «Мероприятия», строка 12» in a workbook.
    func place(_ line: Int) -> String {
        switch kind {
        case .docx: "строка таблицы \(line)"
        case .sheet(let name): "лист «\(name)», строка \(line)"
        case .text, .delimited: "строка \(line)"
        }
    }

    /// Text lines and sheet rows number prose and table rows alike; a
    /// DOCX numbers them apart.
    var numbersRowsAsLines: Bool {
        switch kind {
        case .text, .sheet: true
        case .docx, .delimited: false
        }
    }
}
