import Foundation
import Testing
import RoadmapModel
@testable import RoadmapImport

/// Vertically merged cells (`w:vMerge`), what Word and LibreOffice write for
/// a cell printed once over several rows: a reader of the printed table
/// sees the text in every row it spans.
@Suite struct DocxMergeTests {
    private func read(_ docx: DocxBuilder) throws -> ImportReport {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = scratch.path("карта.docx")
        try docx.write(to: file)
        return try RoadmapImporter.read(file)
    }

    private var table: DocxBuilder {
        var docx = DocxBuilder()
        docx.paragraphs = ["Дорожная карта по поддержке ШНОР на 2023 год"]
        docx.rows = [
            ["№ п/п", "Мероприятие", "Срок исполнения", "Ответственные", "Ожидаемый результат"].map { .text([$0]) },
            [.spanning("I. Аналитический этап", span: 5)],
            [.text(["1.1."]), .text(["Анализ ОГЭ"]), .mergeStart("июль 2023"), .text(["Иванова М.С."]), .text(["Справка"])],
            [.text(["1.2."]), .text(["Анализ ЕГЭ"]), .mergeContinue, .text(["Иванова М.С."]), .text(["Справка"])],
            [.spanning("II. Методический этап", span: 5)],
            [.text(["2.1."]), .text(["Семинар"]), .text(["до 15.11.2023"]),
             .mergeStart("ИМЦ\nКозлова Е.Н."), .text(["Протокол"])],
            [.text(["2.2."]), .text(["Курсы"]), .text(["IV квартал"]), .mergeContinue, .text(["Удостоверения"])],
            // One measure over two rows: its number and deadline merged.
            [.mergeStart("2.3."), .text(["Мониторинг реализации"]), .mergeStart("ежеквартально"),
             .text(["Петрова А.В."]), .text(["Отчёт"])],
            [.mergeContinue, .text(["программ ШНОР"]), .mergeContinue, .text([]), .text([])],
        ]
        return docx
    }

    @Test func aContinuedCellTakesTheTextOfTheCellItContinues() throws {
        let report = try read(table)
        #expect(report.data.measure("1.2")?.deadline == "июль 2023")
        #expect(report.data.measure("1.2")?.responsible == ["Иванова М.С."])
        #expect(report.data.measure("2.2")?.responsible == ["ИМЦ", "Козлова Е.Н."])
        #expect(report.data.measure("2.2")?.deadline == "IV квартал")
        #expect(report.unrecognized.isEmpty)
    }

    @Test func aMeasureOverTwoMergedRowsIsReadOnce() throws {
        let report = try read(table)
        #expect(report.data.measures.map(\.id) == ["1.1", "1.2", "2.1", "2.2", "2.3"])
        #expect(report.data.measure("2.3")?.title == "Мониторинг реализации программ ШНОР")
        #expect(report.data.measure("2.3")?.deadline == "ежеквартально")
        #expect(report.data.measure("2.3")?.notes == nil)
    }

    /// LibreOffice writes `w:val="continue"`, Word a bare `w:vMerge`.
    @Test func bothSpellingsOfAContinuedMergeAreRead() throws {
        let cell = { (merge: String, text: String) in
            "<w:tc><w:tcPr>\(merge)</w:tcPr><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
        }
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl>
        <w:tr>\(cell("", "1.1."))\(cell("<w:vMerge w:val=\"restart\"/>", "март"))\(cell("<w:vMerge w:val=\"restart\"/>", "УО"))</w:tr>
        <w:tr>\(cell("", "1.2."))\(cell("<w:vMerge w:val=\"continue\"/>", ""))\(cell("<w:vMerge/>", ""))</w:tr>
        <w:tr>\(cell("", "1.3."))\(cell("", "май"))\(cell("<w:vMerge/>", ""))</w:tr>
        </w:tbl></w:body></w:document>
        """
        let parser = DocxBodyParser()
        #expect(XMLParserHarness.parse(xml, with: parser))
        #expect(parser.rows.map(\.cells) == [["1.1.", "март", "УО"], ["1.2.", "март", "УО"], ["1.3.", "май", "УО"]])
        #expect(parser.rows.map(\.mergedCells) == [[], [1, 2], [2]])
    }
}
