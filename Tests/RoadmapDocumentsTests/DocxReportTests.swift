import Foundation
import RoadmapDocuments
import RoadmapModel
import Testing

@Suite("The DOCX report is a real Word document")
struct DocxReportTests {
    static func terekReport() throws -> Report {
        var data = try SampleData.load("terek-2022")
        SampleData.mark(&data, "5", school: "urozhaynoe", .done, note: "План проанализирован, справка от 20.04.2022", doneOn: "20.04.2022")
        SampleData.mark(&data, "1", .done, note: "Проанализированы «Дорожные карты» 7 школ", doneOn: "25.02.2022")
        return Report(data: data, schedule: Schedule(data), asOf: SampleData.day("01.06.2022"))
    }

    static let requiredParts = [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
        "word/styles.xml", "word/header1.xml", "docProps/core.xml", "docProps/app.xml",
    ]

    @Test func everyPartIsThereAndWellFormed() throws {
        let docx = try DocxContents(try DocxReport.render(try Self.terekReport()))
        #expect(Set(docx.parts.keys) == Set(Self.requiredParts))
        for part in Self.requiredParts {
            #expect(docx.xmlError(in: part) == nil, "\(part)")
        }
        #expect(docx.parts["[Content_Types].xml"]?.contains("wordprocessingml.document.main+xml") == true)
        #expect(docx.parts["word/_rels/document.xml.rels"]?.contains("Target=\"styles.xml\"") == true)
        #expect(docx.parts["docProps/core.xml"]?.contains("<dc:title>Информационная справка о ходе реализации плана мероприятий") == true)
    }

    @Test func theTextHoldsTheTableInRussian() throws {
        let paragraphs = try DocxContents(try DocxReport.render(try Self.terekReport())).paragraphs()
        #expect(paragraphs.first?.hasPrefix("Информационная справка о ходе реализации плана мероприятий («Дорожная карта»)") == true)
        #expect(paragraphs.first?.hasSuffix("по состоянию на 01.06.2022") == true)
        for header in Report.columns { #expect(paragraphs.contains(header), "\(header)") }
        #expect(paragraphs.contains("1. Общесистемные"))
        #expect(paragraphs.contains("Выполнено 25.02.2022. Проанализированы «Дорожные карты» 7 школ"))
        #expect(paragraphs.contains("- МКОУ СОШ с.п. Урожайное"))
        #expect(paragraphs.contains("Выполнено 20.04.2022. План проанализирован, справка от 20.04.2022"))
        #expect(paragraphs.contains("Просроченные мероприятия"))
    }

    /// A4 landscape, Times New Roman 14/12, borders, the header row repeated
    /// on each page and section rows merged across the five columns.
    @Test func thePageAndTableAreSetAsOfficialDocumentsAre() throws {
        let docx = try DocxContents(try DocxReport.render(try Self.terekReport()))
        let document = try #require(docx.parts["word/document.xml"])
        let styles = try #require(docx.parts["word/styles.xml"])
        #expect(document.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"))
        #expect(document.contains("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"))
        #expect(document.contains("<w:gridSpan w:val=\"5\"/>"))
        #expect(document.contains("<w:insideV w:val=\"single\""))
        #expect(styles.contains("w:ascii=\"Times New Roman\""))
        #expect(styles.contains("<w:sz w:val=\"28\"/>"))
        #expect(styles.contains("w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:rPr><w:sz w:val=\"24\"/>"))
    }

    @Test func hostileTextStaysWellFormed() throws {
        let docx = try DocxContents(try DocxReport.render(HostileData.report()))
        for part in Self.requiredParts { #expect(docx.xmlError(in: part) == nil, "\(part)") }
        let paragraphs = docx.paragraphs()
        #expect(paragraphs.contains("Город <b>N</b> & район, 2022 год"))
        // BEL is shown as «�» (`DisplayText`), which XML can hold.
        #expect(paragraphs.contains("Выполнено 20.02.2022. Строка 1\nСтрока 2 | </td> \u{FFFD}звонок"))
        #expect(paragraphs.contains(HostileData.formula))
    }
}
