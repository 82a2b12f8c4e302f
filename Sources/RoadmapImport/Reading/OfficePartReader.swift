import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A walker of one XML part of an office package, collecting its rows.
protocol OfficeBodyParser: XMLParserDelegate {
    var collected: OfficeRows { get }
}

extension OfficeBodyParser {
    var rows: [SourceRow] { collected.rows }
}

/// The rows an office part gives, under `InputLimits.rows`: past it the
/// parse is stopped, before an empty paragraph a few bytes long becomes a
/// row a hundred bytes large, millions of times. It also holds the text
/// being read, which both formats gather the same way: a paragraph outside
/// tables is a row of its own; inside the outer table it is one of its
/// cell's paragraphs, joined by `\n`; a nested table's paragraphs run on
/// into the outer cell's text.
final class OfficeRows {
    private(set) var rows: [SourceRow] = []
    private(set) var tooManyRows = false
    private var proseLine = 0

    private(set) var tableDepth = 0
    private(set) var tableRowNumber = 0
    var paragraph = ""
    var cells: [String] = []
    var mergedCells: Set<Int> = []
    private var cell: [String] = []

    var isOuterTable: Bool { tableDepth == 1 }
    /// A tab separates cells outside tables, words inside them.
    var tab: String { tableDepth == 0 ? "\t" : " " }
    /// The finished cell's paragraphs.
    var cellText: String { cell.filter { !$0.isEmpty }.joined(separator: "\n") }

    /// True when this is the outer table, whose merges start afresh.
    func startTable() -> Bool {
        tableDepth += 1
        if tableDepth == 1 { tableRowNumber = 0 }
        return tableDepth == 1
    }

    func endTable() {
        tableDepth -= 1
        if tableDepth == 1, !paragraph.isEmpty {
            cell.append(paragraph)
            paragraph = ""
        }
    }

    func startRow() {
        cells = []
        mergedCells = []
        tableRowNumber += 1
    }

    func endRow(_ parser: XMLParser) {
        append(SourceRow(cells: cells, line: tableRowNumber, isTable: true, mergedCells: mergedCells), parser)
    }

    func startCell() { cell = [] }

    func startParagraph() {
        if tableDepth <= 1 { paragraph = "" } else if !paragraph.isEmpty { paragraph += " " }
    }

    func endParagraph(_ parser: XMLParser) {
        if tableDepth == 0 {
            prose(paragraph, parser)
            paragraph = ""
        } else if tableDepth == 1 {
            cell.append(paragraph)
            paragraph = ""
        }
    }

    /// A paragraph outside tables: prose, or a table row when tabs separate
    /// its cells (a table typed as text reads as the text does).
    private func prose(_ paragraph: String, _ parser: XMLParser) {
        proseLine += 1
        append(SourceRow.textLine(paragraph, number: proseLine), parser)
    }

    private func append(_ row: SourceRow, _ parser: XMLParser) {
        guard rows.count < InputLimits.rows else {
            tooManyRows = true
            parser.abortParsing()
            return
        }
        rows.append(row)
    }

    /// «w:tc», «table:table-cell»: the element's name without its prefix.
    static func local(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }
}

/// How errors name a package format: «как DOCX», «не документ Word
/// (DOCX)», «сохранён не Word».
struct OfficeFormat: Sendable {
    var short: String
    var document: String
    var program: String

    static let docx = OfficeFormat(short: "DOCX", document: "Word (DOCX)", program: "Word")
    static let odt = OfficeFormat(short: "ODT", document: "OpenDocument (ODT)", program: "LibreOffice")
}

/// Takes one XML part out of an office package (DOCX, ODT), checks it and
/// walks it with `body`: the same safe path for every format.
enum OfficePartReader {
    static func read(_ data: Data, file: String, part: String, format: OfficeFormat, body: some OfficeBodyParser,
                     limits: ArchiveLimits) throws(ImportError) -> SourceDocument {
        let found: Data?
        do throws(ZipFault) {
            found = try OfficeArchive(data, limits: limits).part(part)
        } catch {
            throw ImportError(file: file, "не удалось открыть как \(format.short): \(error.text)")
        }
        guard let xml = found else {
            throw ImportError(file: file, "в архиве нет \(part) — это не документ \(format.document)")
        }
        try XMLInput.check(xml, part: part, file: file, program: format.program)
        let parser = XMLParser(data: xml)
        parser.delegate = body
        guard !XMLInput.failed(parser, parsed: parser.parse()) else {
            if body.collected.tooManyRows { throw InputLimits.tooManyRows(file) }
            throw ImportError(file: file, line: parser.lineNumber,
                              "\(part) повреждён: ошибка разметки XML — файл повреждён или сохранён не \(format.program)")
        }
        return SourceDocument(file: file, kind: .docx, rows: body.collected.rows)
    }
}
