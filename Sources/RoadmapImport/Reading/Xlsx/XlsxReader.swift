import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One worksheet read into rows, and what the summary says about it.
struct XlsxSheet: Sendable {
    var name: String
    var hidden: Bool
    var document: SourceDocument
    /// Cells that could not be read as they are, hidden rows read: each with its place.
    var remarks: [String]
}

/// An Excel workbook (what Excel and LibreOffice Calc save): every sheet's
/// cells as the sheet shows them — shared and inline strings, rich text,
/// numbers and dates under their number formats, merged cells. The parts
/// come out of the archive through the same checks a DOCX's do.
enum XlsxReader {
    static let format = OfficeFormat(short: "XLSX", document: "Excel (XLSX)", program: "Excel")

    static func read(_ data: Data, file: String, limits: ArchiveLimits = ArchiveLimits()) throws(ImportError) -> [XlsxSheet] {
        let archive: OfficeArchive
        do throws(ZipFault) {
            archive = try OfficeArchive(data, limits: limits)
        } catch {
            throw ImportError(file: file, "не удалось открыть как XLSX: \(error.text)")
        }
        let package = XlsxPackage(archive: archive, file: file)
        let workbook = XlsxWorkbookParser()
        guard try package.parse("xl/workbook.xml", workbook) else {
            throw ImportError(file: file, "в архиве нет xl/workbook.xml — это не книга \(format.document)")
        }
        let relationships = XlsxRelationshipsParser(folder: "xl/")
        _ = try package.parse("xl/_rels/workbook.xml.rels", relationships)
        let strings = XlsxSharedStringsParser()
        _ = try package.parse(relationships.byType["sharedStrings"] ?? "xl/sharedStrings.xml", strings)
        let styles = XlsxStylesParser()
        _ = try package.parse(relationships.byType["styles"] ?? "xl/styles.xml", styles)
        guard !workbook.sheets.isEmpty else { throw ImportError(file: file, "в книге нет ни одного листа") }
        var sheets: [XlsxSheet] = []
        for (index, sheet) in workbook.sheets.enumerated() {
            let part = relationships.targets[sheet.relationship] ?? "xl/worksheets/sheet\(index + 1).xml"
            let parser = XlsxSheetParser(strings: strings.strings, styles: styles, date1904: workbook.date1904)
            guard try package.parse(part, parser, sheet: sheet.name) else {
                throw ImportError(file: file, "лист «\(sheet.name)»: в архиве нет его части \(part) — книга повреждена")
            }
            if parser.tooManyRows { throw InputLimits.tooManyRows(file) }
            sheets.append(try self.sheet(sheet, parser, file: file))
        }
        return sheets
    }

    /// Cells named one by one; past this many the rest are counted.
    static let maximumNamed = 100

    private static func sheet(_ sheet: XlsxWorkbookParser.Sheet, _ parser: XlsxSheetParser,
                              file: String) throws(ImportError) -> XlsxSheet {
        let grid: XlsxGrid
        do throws(XlsxGridFault) {
            grid = try XlsxGrid(parser)
        } catch {
            throw ImportError(file: file, "лист «\(sheet.name)»: объединённых ячеек слишком много для дорожной карты; не прочитан")
        }
        var remarks = grid.notices.prefix(maximumNamed).map {
            "Лист «\(sheet.name)», строка \($0.row), ячейка \(XlsxRange.name(row: $0.row, column: $0.column)): \($0.message)."
        }
        if grid.notices.count > maximumNamed {
            remarks.append("Лист «\(sheet.name)»: и ещё ячеек, прочитанных не так, как показаны, или не прочитанных — \(grid.notices.count - maximumNamed).")
        }
        if !grid.hiddenRows.isEmpty {
            let shown = grid.hiddenRows.prefix(10).map(String.init).joined(separator: ", ")
            let more = grid.hiddenRows.count > 10 ? " и ещё \(grid.hiddenRows.count - 10)" : ""
            remarks.append("Лист «\(sheet.name)»: скрытые строки прочитаны, как все остальные: \(shown)\(more).")
        }
        let document = SourceDocument(file: file, kind: .sheet(sheet.name), rows: grid.rows)
        return XlsxSheet(name: sheet.name, hidden: sheet.hidden, document: document, remarks: remarks)
    }
}

/// The workbook's parts, each checked (`XMLInput`) and walked by a parser.
struct XlsxPackage {
    let archive: OfficeArchive
    let file: String

    /// False when the package has no such part.
    func parse(_ part: String, _ delegate: some XMLParserDelegate, sheet: String? = nil) throws(ImportError) -> Bool {
        let found: Data?
        do throws(ZipFault) {
            found = try archive.part(part)
        } catch {
            throw ImportError(file: file, "не удалось открыть как XLSX: \(error.text)")
        }
        guard let xml = found else { return false }
        try XMLInput.check(xml, part: part, file: file, program: XlsxReader.format.program)
        let parser = XMLParser(data: xml)
        parser.delegate = delegate
        if XMLInput.failed(parser, parsed: parser.parse()) {
            if let sheetParser = delegate as? XlsxSheetParser, sheetParser.tooManyRows { return true }
            let place = sheet.map { "лист «\($0)»: " } ?? ""
            throw ImportError(file: file, line: parser.lineNumber,
                              "\(place)\(part) повреждён: ошибка разметки XML — файл повреждён или сохранён не Excel")
        }
        return true
    }
}
