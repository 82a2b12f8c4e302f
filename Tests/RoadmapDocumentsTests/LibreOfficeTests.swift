import Foundation
import RoadmapDocuments
import RoadmapModel
import Testing

/// Runs where LibreOffice and poppler are installed, and always under CI
/// (`.ci/run` installs them), where a missing tool is a failure.
@Suite("LibreOffice opens what the report writes",
       .enabled(if: LibreOffice.isInstalled || ExternalTool.isCI, "libreoffice and pdftotext are not installed"))
struct LibreOfficeTests {
    @Test func theDocxConvertsToALandscapePDFWithTheTableInRussian() throws {
        try #require(LibreOffice.isInstalled, "apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils")
        let folder = try TemporaryFolder()
        let file = folder.file("справка.docx")
        try DocxReport.render(try DocxReportTests.terekReport()).write(to: file)
        let pdf = try LibreOffice.convertToPDF(file)
        let text = try LibreOffice.text(of: pdf)
        for needle in ["Информационная справка", "Мероприятие", "Ответственные", "Отметка о выполнении",
                       "Общесистемные", "Проанализированы", "МКОУ СОШ с.п. Урожайное",
                       "Час контроля с директорами", "Срок не наступил", "Просроченные мероприятия"] {
            #expect(text.contains(needle), "\(needle)")
        }
        let info = try LibreOffice.info(of: pdf)
        #expect(info.contains("841.89 x 595.3"), "A4 landscape: \(info)")
        // The header row repeats: it is printed on more than one page.
        #expect(text.components(separatedBy: "Ответственные").count - 1 > 1)
    }

    /// Calc reads the CSV as Russian Excel would: Cyrillic intact, and a
    /// cell written as a formula stays text.
    @Test func theCsvOpensInCalcWithCyrillicAndNoFormulaRun() throws {
        try #require(LibreOffice.isInstalled, "apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils")
        var data = try SampleData.load("terek-2022")
        data.measures[0].title = "=1234*1000"
        SampleData.mark(&data, "11", .done, note: "- проведено 5 консультаций", doneOn: "20.05.2022")
        let report = Report(data: data, schedule: Schedule(data), asOf: SampleData.day("01.06.2022"))
        let folder = try TemporaryFolder()
        let file = folder.file("справка.csv")
        try Data(CSVReport.render(report).utf8).write(to: file)
        // 59 is «;», 34 the quote, 76 UTF-8, 1 the first line.
        let pdf = try LibreOffice.convertToPDF(file, inputFilter: "CSV:59,34,76,1")
        let text = try LibreOffice.text(of: pdf)
        #expect(text.contains("Мероприятие"))
        #expect(text.contains("МКОУ СОШ с.п. Урожайное"))
        #expect(text.contains("=1234*1000"))
        #expect(!text.contains("1234000"))
        // A note written as a list item shows clean: no apostrophe, no error.
        #expect(text.contains("– проведено 5 консультаций"), "\(text)")
        #expect(!text.contains("'– проведено") && !text.contains("'- проведено") && !text.contains("#NAME"))
    }

    /// The first rows of the CSV say what the sheet is, as the DOCX's
    /// heading does by the moment: «о ходе реализации … по состоянию на»
    /// during the period, «об итогах» with «по состоянию на» after it; an
    /// empty row, then the column titles — read back from Calc's cells.
    @Test func theCsvTitleRowsAreCellsInCalc() throws {
        try #require(LibreOffice.isInstalled, "apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils")
        let data = try SampleData.load("terek-2022-progress")
        let folder = try TemporaryFolder()
        let days = ["30.06.2022", "31.12.2022"]
        let reports = days.map { Report(data: data, schedule: Schedule(data), asOf: SampleData.day($0)) }
        let files = try zip(days, reports).map { day, report in
            let file = folder.file("справка-\(day).csv")
            try Data(CSVReport.render(report).utf8).write(to: file)
            return file
        }
        let sheets = try LibreOffice.cells(ofCSV: files)
        for (day, (report, sheet)) in zip(days, zip(reports, sheets)) {
            let header = try #require(sheet.firstIndex(of: CSVReport.header), "\(day): \(sheet.prefix(6))")
            let title = sheet[..<header].map { $0.joined() }
            #expect(title.first == report.heading, "\(day)")
            #expect(title.last == "", "\(day): an empty row before the column titles")
            #expect(title.contains("Терский муниципальный район, 2022 год"), "\(day)")
            // Every row below has the columns the header names.
            #expect(sheet[(header + 1)...].allSatisfy { $0.count == CSVReport.header.count }, "\(day)")
            #expect(sheet.count - header - 1 == report.sections.flatMap(\.measures).map { max(1, $0.entries.count) }.reduce(0, +))
        }
        // Calc pads a title row with empty cells to the sheet's width.
        let during = sheets[0][0].joined(), after = sheets[1][0].joined()
        #expect(during.hasPrefix("Информационная справка о ходе реализации плана мероприятий") && during.hasSuffix("по состоянию на 30.06.2022"))
        #expect(after.hasPrefix("Информационная справка об итогах реализации плана мероприятий") && !after.contains("по состоянию"))
        #expect(sheets[1].prefix(4).map { $0.joined() }.contains("по состоянию на 31.12.2022"))
    }

    /// On paper: the requisites are there, pages are numbered from the
    /// second one at the top, and no page ends on a section's heading row.
    @Test func theSpravkaOnPaperCarriesRequisitesAndPageNumbers() throws {
        try #require(LibreOffice.isInstalled, "apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils")
        let report = try ReportRequisitesTests.terek()
        let folder = try TemporaryFolder()
        let file = folder.file("справка.docx")
        try DocxReport.render(report).write(to: file)
        let pdf = try LibreOffice.convertToPDF(file)
        let text = try LibreOffice.text(of: pdf)
        for needle in ["Приложение № 1 к приказу Управления образования", "об итогах реализации", "Директор ИМЦ",
                       "Л.П. Шидукова", "Исполнитель: Кодзокова Марина Хасанбиевна", "Задачи и рекомендации на 2023 год",
                       "Школы программы"] {
            #expect(text.contains(needle), "\(needle)")
        }
        let pages = text.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(pages.count >= 3, "\(pages.count)")
        func lines(_ page: String) -> [String] {
            page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        #expect(lines(pages[0]).first != "1")
        for (number, page) in pages.enumerated().dropFirst() {
            #expect(lines(page).first == String(number + 1), "страница \(number + 1): \(lines(page).prefix(2))")
        }
        let captions = report.sections.map(\.caption)
        for (number, page) in pages.enumerated().dropLast() {
            let last = lines(page).last ?? ""
            #expect(!captions.contains { $0.hasPrefix(last) || last.hasPrefix($0) }, "страница \(number + 1) кончается заголовком раздела: \(last)")
        }
    }
}
