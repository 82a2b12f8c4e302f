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

    /// Paragraphs inside a paragraph (a footnote's) run on into its text.
    private var paragraphDepth = 0
    private var columnsSpanned = 1
    private var rowsSpanned = 1
    private var repeated = 1
    /// Per column, the text of the cell spanning rows and how many rows below it still covers.
    private var rowSpans: [Int: (text: String, rows: Int)] = [:]

    /// LibreOffice repeats empty cells to the sheet's width; a table has far fewer.
    private static let maximumColumns = 63

    private static func count(_ value: String?, upTo limit: Int = maximumColumns) -> Int {
        min(max(1, Int(value ?? "1") ?? 1), limit)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        let outer = collected.isOuterTable
        switch OfficeRows.local(elementName) {
        case "table":
            if collected.startTable() { rowSpans = [:] }
        case "table-row" where outer:
            collected.startRow()
        case "table-cell" where outer, "covered-table-cell" where outer:
            collected.startCell()
            columnsSpanned = Self.count(attributes["table:number-columns-spanned"])
            rowsSpanned = Self.count(attributes["table:number-rows-spanned"], upTo: InputLimits.rows)
            repeated = Self.count(attributes["table:number-columns-repeated"])
        case "p", "h":
            paragraphDepth += 1
            if paragraphDepth == 1 { collected.startParagraph() } else { collected.paragraph += " " }
        case "tab":
            collected.paragraph += collected.tab
        case "s":
            collected.paragraph += String(repeating: " ", count: Self.count(attributes["text:c"]))
        case "line-break":
            collected.paragraph += "\n"
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if paragraphDepth > 0 { collected.paragraph += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        let outer = collected.isOuterTable
        switch OfficeRows.local(elementName) {
        case "p", "h":
            paragraphDepth -= 1
            if paragraphDepth == 0 { collected.endParagraph(parser) }
        case "table-cell" where outer:
            let text = collected.cellText
            if rowsSpanned > 1 { rowSpans[collected.cells.count] = (text, rowsSpanned - 1) }
            collected.cells += [text] + Array(repeating: "", count: columnsSpanned - 1)
            collected.cells += Array(repeating: text, count: repeated - 1)
        case "covered-table-cell" where outer:
            for _ in 0..<repeated { cover() }
        case "table-row" where outer:
            collected.endRow(parser)
        case "table":
            collected.endTable()
        default:
            break
        }
    }

    /// A covered cell: the text of a cell spanning rows above it, or empty
    /// beside a cell spanning columns.
    private func cover() {
        let column = collected.cells.count
        guard let span = rowSpans[column] else { collected.cells.append(""); return }
        collected.cells.append(span.text)
        collected.mergedCells.insert(column)
        rowSpans[column] = span.rows > 1 ? (span.text, span.rows - 1) : nil
    }
}
