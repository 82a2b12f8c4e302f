import Foundation
import Testing
import RoadmapModel
@testable import RoadmapImport

/// A Word document built in the test and zipped with ZIPFoundation is read
/// into the same measures as the sample it was made from.
@Suite struct DocxImportTests {
    /// Section rows span the table (`w:gridSpan`); responsible entries are
    /// separate paragraphs; one deadline is broken with `w:br`; one title
    /// runs into a second table row whose number cell continues a vertical
    /// merge.
    private func document(_ data: RoadmapData) -> DocxBuilder {
        var docx = DocxBuilder()
        docx.paragraphs = ["Приложение\tк приказу", data.roadmap.title]
        docx.rows.append(SampleTable.header.map { .text([$0]) })
        for section in data.roadmap.sections {
            docx.rows.append([.spanning("\(section.number). \(section.title)", span: 5)])
            for measure in data.measures where measure.section == section.number {
                let deadline = measure.deadline.replacingOccurrences(of: "2021 года Август", with: "2021 года\nАвгуст")
                if measure.id == "2.11", let cut = measure.title.range(of: ". Создание") {
                    docx.rows.append([.mergeStart(measure.number), .text([String(measure.title[..<cut.lowerBound]) + "."]),
                                      .text([deadline]), .text(measure.responsible), .text([measure.result ?? ""])])
                    docx.rows.append([.mergeContinue, .text([String(measure.title[cut.lowerBound...].dropFirst(2))]),
                                      .text([]), .text([]), .text([])])
                } else {
                    docx.rows.append([.text([measure.number]), .text([measure.title]), .text([deadline]),
                                      .text(measure.responsible), .text([measure.result ?? ""])])
                }
            }
        }
        return docx
    }

    @Test func vladivostokRoundTrip() throws {
        let sample = try Seeds.sample("vladivostok-2020")
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = scratch.path("дорожная карта.docx")
        try document(sample).write(to: file)
        let report = try RoadmapImporter.read(file)
        MeasureComparison.expectEqual(report.data.measures, sample.measures)
        #expect(report.data.roadmap.sections == sample.roadmap.sections)
        #expect(report.data.roadmap.title == sample.roadmap.title)
        #expect(report.data.roadmap.period == .academic(startYear: 2020))
        #expect(report.data.measure("4.5")?.deadline == "Март-май 2021 года Август 2021 года")
        #expect(report.tableLine == 1)
        #expect(report.summary.contains("Сроки прочитаны: 28 из 28."))
    }

    @Test func terekRoundTripKeepsPersonsApart() throws {
        let sample = try Seeds.sample("terek-2022")
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = scratch.path("терек.docx")
        try document(sample).write(to: file)
        let report = try RoadmapImporter.read(file)
        MeasureComparison.expectEqual(report.data.measures, sample.measures, scopes: false)
        #expect(report.data.measure("1")?.responsible == ["ИМЦ УО", "Шидукова Л.П."])
    }

    @Test func cellsKeepParagraphsAndSpans() throws {
        var docx = DocxBuilder()
        docx.rows = [[.text(["а", "б"]), .spanning("в", span: 3), .mergeContinue]]
        let parser = DocxBodyParser()
        let xml = XMLParserHarness.parse(docx.documentXML(), with: parser)
        #expect(xml)
        #expect(parser.rows.map(\.cells) == [["а\nб", "в", "", "", ""]])
    }
}
