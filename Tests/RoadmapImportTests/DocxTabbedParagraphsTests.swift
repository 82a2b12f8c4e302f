import Foundation
import Testing
import RoadmapModel
@testable import RoadmapImport

/// A Word document whose table is typed as paragraphs with tabs between the
/// cells (what a pasted text becomes) imports as the same text does.
@Suite struct DocxTabbedParagraphsTests {
    @Test(arguments: [("001", "vladivostok-2020"), ("004", "seryshevo-2023")])
    func tabbedParagraphsReadLikeTheText(seed: String, sample: String) throws {
        let text = try Seeds.text(seed)
        var docx = DocxBuilder()
        docx.paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = scratch.path("абзацы с табуляцией.docx")
        try docx.write(to: file)
        let fromDocx = try RoadmapImporter.read(file)
        let fromText = try Seeds.imported(seed)
        #expect(fromDocx.data.measures == fromText.data.measures)
        #expect(fromDocx.data.roadmap.sections == fromText.data.roadmap.sections)
        #expect(fromDocx.data.measures.count == (try Seeds.sample(sample)).measures.count)
    }

    @Test func aTabInsideATableCellIsStillASpace() throws {
        var docx = DocxBuilder()
        docx.paragraphs = ["План мероприятий на 2022 год"]
        docx.rows = [SampleTable.header.map { .text([$0]) },
                     [.text(["1."]), .text(["Анализ\tрезультатов"]), .text(["Март 2022 года"]), .text(["ИМЦ"]), .text([""])]]
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = scratch.path("таблица.docx")
        try docx.write(to: file)
        let report = try RoadmapImporter.read(file)
        #expect(report.data.measures.map(\.title) == ["Анализ результатов"])
    }
}
