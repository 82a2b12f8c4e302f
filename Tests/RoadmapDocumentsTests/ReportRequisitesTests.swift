import Foundation
import RoadmapDocuments
import RoadmapModel
import RoadmapStore
import Testing

/// What an official справка carries besides the table: the appendix line,
/// the signature, the executor, page numbers from the second page, the
/// coordinator's own words placed where the seeds put them, the programme's
/// schools, and a layout that keeps section rows with what follows.
@Suite("The справка's requisites, written parts, schools and layout")
struct ReportRequisitesTests {
    static let written = """
        ## Цель

        Основной целью муниципальной системы сопровождения ШНОР является создание
        и внедрение адресной поддержки данных организаций.

        ---

        ## Задачи и рекомендации на 2023 год

        1. Продолжить адресную работу со школами.
        2. Организовать адресное сопровождение учителей.
        """

    static func terek(asOf: String = "31.12.2022") throws -> Report {
        var data = try SampleData.load("terek-2022")
        data.roadmap.requisites = ReportRequisites(
            appendix: "Приложение № 1 к приказу Управления образования от 26.12.2022 № 201",
            signerPosition: "Директор ИМЦ", signerName: "Л.П. Шидукова",
            executor: "Кодзокова Марина Хасанбиевна", executorPhone: "8 (86632) 4-13-46")
        return Report(data: data, schedule: Schedule(data), asOf: SampleData.day(asOf), text: ReportText.parse(written))
    }

    @Test("the words people wrote stand before the table and after the totals, in order")
    func writtenPartsArePlacedAsInTheSeeds() throws {
        let md = MarkdownReport.render(try Self.terek())
        let goal = try #require(md.range(of: "## Цель"))
        let table = try #require(md.range(of: "| № п/п | Мероприятие |"))
        let overdue = try #require(md.range(of: "## Просроченные мероприятия"))
        let tasks = try #require(md.range(of: "## Задачи и рекомендации на 2023 год"))
        let signature = try #require(md.range(of: "Директор ИМЦ — Л.П. Шидукова"))
        #expect(goal.lowerBound < table.lowerBound && overdue.lowerBound < tasks.lowerBound && tasks.lowerBound < signature.lowerBound)
        #expect(md.contains("Основной целью муниципальной системы сопровождения ШНОР является создание и внедрение адресной поддержки данных организаций."))
        #expect(md.contains("1. Продолжить адресную работу со школами.\n\n2. Организовать"))
        #expect(md.hasSuffix("*Исполнитель: Кодзокова Марина Хасанбиевна, тел. 8 (86632) 4-13-46*\n"))
        // Without a report.md, the справка is the same but for these parts.
        let plain = MarkdownReport.render(Report(data: try SampleData.load("terek-2022"), schedule: Schedule(try SampleData.load("terek-2022")),
                                                 asOf: SampleData.day("31.12.2022")))
        #expect(!plain.contains("## Цель") && !plain.contains("Исполнитель"))
    }

    @Test("the DOCX: appendix in the upper right, signature on one line, executor small, page numbers from page 2")
    func theWordDocumentCarriesTheRequisites() throws {
        let docx = try DocxContents(try DocxReport.render(try Self.terek()))
        let document = try #require(docx.parts["word/document.xml"])
        #expect(document.contains("<w:ind w:left=\"7285\"/></w:pPr><w:r><w:t>Приложение № 1 к приказу"))
        #expect(document.contains("<w:tab w:val=\"right\" w:pos=\"14570\"/>"))
        #expect(document.contains(">Директор ИМЦ</w:t></w:r><w:r><w:tab/><w:t>Л.П. Шидукова</w:t>"))
        #expect(document.contains("<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr><w:t>Исполнитель: Кодзокова"))
        #expect(document.contains("<w:headerReference w:type=\"default\" r:id=\"rId2\"/>"))
        #expect(document.contains("<w:titlePg/></w:sectPr>"))
        #expect(docx.parts["word/header1.xml"]?.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>") == true)
        #expect(docx.parts["word/_rels/document.xml.rels"]?.contains("Target=\"header1.xml\"") == true)
        for part in docx.parts.keys where part.hasSuffix(".xml") { #expect(docx.xmlError(in: part) == nil, "\(part)") }
    }

    @Test("the programme's schools are listed with «500+», «Точка роста», curator and partners; none, no list")
    func theSchoolsAreListed() throws {
        let report = try Self.terek()
        let table = report.schoolsTable
        #expect(table.columns.map(\.title) == ["Школа", "Программы", "«Точка роста»", "Куратор", "Школы-партнёры"])
        #expect(table.rows.count == 7)
        let urozhaynoe = try #require(table.rows.first { $0.cells[0] == "МКОУ СОШ с.п. Урожайное" })
        #expect(urozhaynoe.cells[1] == "ШНОР, 500+")
        #expect(urozhaynoe.cells[2].hasPrefix("открыта"))
        #expect(report.blocks.contains(.subheading("Школы программы")))
        let seryshevo = try SampleData.load("seryshevo-2023")
        let none = Report(data: seryshevo, schedule: Schedule(seryshevo), asOf: SampleData.day("30.06.2023"))
        #expect(!none.blocks.contains(.subheading("Школы программы")))
    }

    @Test("every number column of the totals is as wide as its heading; section rows keep with the next")
    func theLayoutKeepsWordsAndRowsTogether() throws {
        let report = try Self.terek()
        for column in report.countsTable.columns.dropFirst() {
            #expect(column.weight >= column.title.count + 2, "\(column.title)")
        }
        let document = try #require(try DocxContents(try DocxReport.render(report)).parts["word/document.xml"])
        #expect(document.contains("<w:pStyle w:val=\"TableText\"/><w:keepNext/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>1. Общесистемные"))
    }
}
