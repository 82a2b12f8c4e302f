import RoadmapModel

/// A workbook's import: the first sheet holding a measures table is read
/// (visible sheets before hidden ones), and the summary says which it was
/// and names every cell that could not be read as the sheet shows it.
struct WorkbookImport {
    let sheets: [XlsxSheet]
    let file: String
    let options: ImportOptions

    func run() throws(ImportError) -> ImportReport {
        let ordered = sheets.filter { !$0.hidden } + sheets.filter(\.hidden)
        var firstFailure: (sheet: XlsxSheet, error: ImportError)?
        for sheet in ordered {
            do throws(ImportError) {
                _ = try TableReader(document: sheet.document).read()
            } catch {
                firstFailure = firstFailure ?? (sheet, error)
                continue
            }
            return try read(sheet)
        }
        guard let (sheet, error) = firstFailure else { throw ImportError(file: file, "в книге нет ни одного листа") }
        let others = sheets.count > 1 ? " (таблицы мероприятий нет ни на одном из листов: \(names))" : ""
        throw ImportError(file: file, line: error.line, "лист «\(sheet.name)»: \(error.message)\(others)")
    }

    private var names: String { sheets.map { "«\($0.name)»" }.joined(separator: ", ") }

    private func read(_ sheet: XlsxSheet) throws(ImportError) -> ImportReport {
        var report: ImportReport
        do throws(ImportError) {
            report = try DocumentImport(document: sheet.document, options: options).run()
        } catch {
            throw ImportError(file: file, line: error.line, "лист «\(sheet.name)»: \(error.message)")
        }
        let position = sheets.firstIndex { $0.name == sheet.name }.map { $0 + 1 } ?? 1
        let hidden = sheet.hidden ? ", скрытый" : ""
        let which = sheets.count > 1 ? "Прочитан лист «\(sheet.name)» (\(position)-й из \(sheets.count)\(hidden); листы: \(names))."
                                     : "Прочитан лист «\(sheet.name)»."
        report.remarks = [which] + sheet.remarks + report.remarks
        report.data.roadmap.notes = report.data.roadmap.notes.map {
            $0.replacingOccurrences(of: "Импортировано из файла «\(file)».", with: "Импортировано из файла «\(file)», лист «\(sheet.name)».")
        }
        return report
    }
}
