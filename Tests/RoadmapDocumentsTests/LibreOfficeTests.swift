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
    }
}
