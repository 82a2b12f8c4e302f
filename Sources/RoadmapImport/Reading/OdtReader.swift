import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An OpenDocument text (what LibreOffice saves): `content.xml` walked for
/// its paragraphs and tables, into the same rows a DOCX gives.
enum OdtReader {
    static func read(_ data: Data, file: String, limits: ArchiveLimits = ArchiveLimits()) throws(ImportError) -> SourceDocument {
        try OfficePartReader.read(data, file: file, part: "content.xml", format: .odt, body: OdtBodyParser(), limits: limits)
    }
}

/// Collects `content.xml` as `DocxBodyParser` does `document.xml`. A cell
/// spanning columns (`table:number-columns-spanned`) is followed by covered
/// cells, kept empty; a cell spanning rows (`table:number-rows-spanned`)
/// lends its text to the covered cells below it, which the row marks in
/// `mergedCells`, as Word's `w:vMerge` does.
final class OdtBodyParser: NSObject, OfficeBodyParser {
    let collected = OfficeRows()

    private var tableDepth = 0
    private var tableRowNumber = 0
    private var paragraphDepth = 0
    private var paragraph = ""
    private var cells: [String] = []
    private var cell: [String] = []
    private var mergedCells: Set<Int> = []
    private var columnsSpanned = 1
    private var rowsSpanned = 1
    private var repeated = 1
    /// Per column, the text of the cell spanning rows and how many rows below it still covers.
    private var rowSpans: [Int: (text: String, rows: Int)] = [:]

    /// LibreOffice repeats empty cells to the sheet's width; a table has far fewer.
    private static let maximumColumns = 63

    private static func count(_ value: String?) -> Int {
        min(max(1, Int(value ?? "1") ?? 1), maximumColumns)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        switch OfficeRows.local(elementName) {
        case "table":
            tableDepth += 1
            if tableDepth == 1 { tableRowNumber = 0; rowSpans = [:] }
        case "table-row" where tableDepth == 1:
            cells = []
            mergedCells = []
            tableRowNumber += 1
        case "table-cell" where tableDepth == 1, "covered-table-cell" where tableDepth == 1:
            cell = []
            columnsSpanned = Self.count(attributes["table:number-columns-spanned"])
            rowsSpanned = min(Self.count(attributes["table:number-rows-spanned"]), InputLimits.rows)
            repeated = Self.count(attributes["table:number-columns-repeated"])
        case "p", "h":
            paragraphDepth += 1
            // A nested table's paragraphs run on into the outer cell's text.
            if tableDepth <= 1 && paragraphDepth == 1 { paragraph = "" } else if !paragraph.isEmpty { paragraph += " " }
        case "tab":
            paragraph += tableDepth == 0 ? "\t" : " "
        case "s":
            paragraph += String(repeating: " ", count: Self.count(attributes["text:c"]))
        case "line-break":
            paragraph += "\n"
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if paragraphDepth > 0 { paragraph += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        switch OfficeRows.local(elementName) {
        case "p", "h":
            paragraphDepth -= 1
            guard paragraphDepth == 0 else { return }
            if tableDepth == 0 {
                collected.prose(paragraph, parser)
                paragraph = ""
            } else if tableDepth == 1 {
                cell.append(paragraph)
                paragraph = ""
            }
        case "table-cell" where tableDepth == 1:
            let text = cell.filter { !$0.isEmpty }.joined(separator: "\n")
            if rowsSpanned > 1 { rowSpans[cells.count] = (text, rowsSpanned - 1) }
            cells += [text] + Array(repeating: "", count: columnsSpanned - 1)
            cells += Array(repeating: text, count: repeated - 1)
        case "covered-table-cell" where tableDepth == 1:
            for _ in 0..<repeated { cover() }
        case "table-row" where tableDepth == 1:
            collected.append(SourceRow(cells: cells, line: tableRowNumber, isTable: true, mergedCells: mergedCells), parser)
        case "table":
            tableDepth -= 1
            if tableDepth == 1, !paragraph.isEmpty {
                cell.append(paragraph)
                paragraph = ""
            }
        default:
            break
        }
    }

    /// A covered cell: the text of a cell spanning rows above it, or empty
    /// beside a cell spanning columns.
    private func cover() {
        let column = cells.count
        guard let span = rowSpans[column] else { cells.append(""); return }
        cells.append(span.text)
        mergedCells.insert(column)
        rowSpans[column] = span.rows > 1 ? (span.text, span.rows - 1) : nil
    }
}
