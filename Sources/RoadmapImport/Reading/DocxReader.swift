import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// A Word document: `word/document.xml` taken out of the zip and walked
/// for its paragraphs and tables.
enum DocxReader {
    static func read(_ data: Data, file: String) throws(ImportError) -> SourceDocument {
        let xml: Data
        do {
            let archive = try Archive(data: data, accessMode: .read)
            guard let entry = archive["word/document.xml"] else {
                throw ImportError(file: file, "в архиве нет word/document.xml — это не документ Word (DOCX)")
            }
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            xml = bytes
        } catch let error as ImportError {
            throw error
        } catch {
            // ZIPFoundation's reasons are English enum names
            // («missingEndOfCentralDirectoryRecord»); the user needs to know
            // only that the file is no intact Word document.
            throw ImportError(file: file, "не удалось открыть как DOCX: файл повреждён или это не документ Word (не zip-архив)")
        }
        let body = DocxBodyParser()
        let parser = XMLParser(data: xml)
        parser.delegate = body
        guard parser.parse() else {
            throw ImportError(file: file, line: parser.lineNumber,
                              "word/document.xml повреждён: ошибка разметки XML — файл повреждён или сохранён не Word")
        }
        return SourceDocument(file: file, kind: .docx, rows: body.rows)
    }
}

/// Collects the body of `document.xml`: a paragraph outside tables is a
/// prose row; a row of a top-level table is a table row whose cells hold
/// their paragraphs separated by `\n`. A cell spanning columns
/// (`w:gridSpan`) is followed by empty cells, so columns stay aligned. A
/// cell continuing a vertical merge (`w:vMerge` without `restart`, what Word
/// and LibreOffice write for a rowspan) takes the text of the cell that
/// started the merge in its column, and the row marks it in `mergedCells`:
/// the table logic decides whether the row is a new measure that shares the
/// cell (a deadline printed once for two measures) or the same measure
/// going on.
final class DocxBodyParser: NSObject, XMLParserDelegate {
    private(set) var rows: [SourceRow] = []

    private var tableDepth = 0
    private var tableRowNumber = 0
    private var paragraph = ""
    private var inText = false
    private var inRun = false
    private var cells: [String] = []
    private var cell: [String] = []
    private var span = 1
    private var mergeState = MergeState.none
    /// Per grid column, the text of the cell that started the open merge.
    private var mergeTexts: [Int: String] = [:]
    private var mergedCells: Set<Int> = []

    private enum MergeState { case none, restart, `continue` }
    private var proseLine = 0

    private static func local(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        let value = attributes["w:val"] ?? attributes["val"]
        switch Self.local(elementName) {
        case "tbl":
            tableDepth += 1
            if tableDepth == 1 { tableRowNumber = 0; mergeTexts = [:] }
        case "tr" where tableDepth == 1:
            cells = []
            mergedCells = []
            tableRowNumber += 1
        case "tc" where tableDepth == 1:
            cell = []
            span = 1
            mergeState = .none
        case "gridSpan" where tableDepth == 1:
            span = max(1, Int(value ?? "1") ?? 1)
        case "vMerge" where tableDepth == 1:
            mergeState = value == "restart" ? .restart : .continue
        case "p":
            // A nested table's paragraphs run on into the outer cell's text.
            if tableDepth <= 1 { paragraph = "" } else if !paragraph.isEmpty { paragraph += " " }
        case "r":
            inRun = true
        case "t":
            inText = true
        // Only inside a run: `w:tab` in paragraph properties is a tab stop, not text.
        case "tab" where inRun:
            paragraph += " "
        case "br" where inRun, "cr" where inRun:
            paragraph += "\n"
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { paragraph += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        switch Self.local(elementName) {
        case "t":
            inText = false
        case "r":
            inRun = false
        case "p":
            if tableDepth == 0 {
                proseLine += 1
                rows.append(SourceRow(cells: [paragraph], line: proseLine, isTable: false))
                paragraph = ""
            } else if tableDepth == 1 {
                cell.append(paragraph)
                paragraph = ""
            }
        case "tc" where tableDepth == 1:
            let column = cells.count
            var text = cell.filter { !$0.isEmpty }.joined(separator: "\n")
            switch mergeState {
            case .restart: mergeTexts[column] = text
            case .continue:
                text = mergeTexts[column] ?? ""
                mergedCells.insert(column)
            case .none: mergeTexts[column] = nil
            }
            cells.append(text)
            cells += Array(repeating: "", count: span - 1)
        case "tr" where tableDepth == 1:
            rows.append(SourceRow(cells: cells, line: tableRowNumber, isTable: true, mergedCells: mergedCells))
        case "tbl":
            tableDepth -= 1
            if tableDepth == 1, !paragraph.isEmpty {
                cell.append(paragraph)
                paragraph = ""
            }
        default:
            break
        }
    }
}
