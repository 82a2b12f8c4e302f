import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A Word document: `word/document.xml` taken out of the zip and walked
/// for its paragraphs and tables.
enum DocxReader {
    static func read(_ data: Data, file: String, limits: ArchiveLimits = ArchiveLimits()) throws(ImportError) -> SourceDocument {
        try OfficePartReader.read(data, file: file, part: "word/document.xml", format: .docx, body: DocxBodyParser(), limits: limits)
    }
}

/// Collects the body of `document.xml`: a paragraph outside tables is a
/// prose row, or a table row when tabs separate its cells; a row of a top-level table is a table row whose cells hold
/// their paragraphs separated by `\n`. A cell spanning columns
/// (`w:gridSpan`) is followed by empty cells, so columns stay aligned. A
/// cell continuing a vertical merge (`w:vMerge` without `restart`, what Word
/// and LibreOffice write for a rowspan) takes the text of the cell that
/// started the merge in its column, and the row marks it in `mergedCells`:
/// the table logic decides whether the row is a new measure that shares the
/// cell (a deadline printed once for two measures) or the same measure
/// going on.
final class DocxBodyParser: NSObject, OfficeBodyParser {
    let collected = OfficeRows()

    private var inText = false
    private var inRun = false
    private var span = 1
    private var mergeState = MergeState.none
    /// Per grid column, the text of the cell that started the open merge.
    private var mergeTexts: [Int: String] = [:]

    private enum MergeState { case none, restart, `continue` }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        let value = attributes["w:val"] ?? attributes["val"]
        let outer = collected.isOuterTable
        switch OfficeRows.local(elementName) {
        case "tbl":
            if collected.startTable() { mergeTexts = [:] }
        case "tr" where outer:
            collected.startRow()
        case "tc" where outer:
            collected.startCell()
            span = 1
            mergeState = .none
        case "gridSpan" where outer:
            // Word's tables have at most 63 columns; a larger span is forged
            // and would fill memory with empty cells.
            span = min(max(1, Int(value ?? "1") ?? 1), 63)
        case "vMerge" where outer:
            mergeState = value == "restart" ? .restart : .continue
        case "p":
            collected.startParagraph()
        case "r":
            inRun = true
        case "t":
            inText = true
        // Only inside a run: `w:tab` in paragraph properties is a tab stop, not text.
        case "tab" where inRun:
            collected.paragraph += collected.tab
        case "br" where inRun, "cr" where inRun:
            collected.paragraph += "\n"
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { collected.paragraph += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        let outer = collected.isOuterTable
        switch OfficeRows.local(elementName) {
        case "t":
            inText = false
        case "r":
            inRun = false
        case "p":
            collected.endParagraph(parser)
        case "tc" where outer:
            let column = collected.cells.count
            var text = collected.cellText
            switch mergeState {
            case .restart: mergeTexts[column] = text
            case .continue:
                text = mergeTexts[column] ?? ""
                collected.mergedCells.insert(column)
            case .none: mergeTexts[column] = nil
            }
            collected.cells += [text] + Array(repeating: "", count: span - 1)
        case "tr" where outer:
            collected.endRow(parser)
        case "tbl":
            collected.endTable()
        default:
            break
        }
    }
}
