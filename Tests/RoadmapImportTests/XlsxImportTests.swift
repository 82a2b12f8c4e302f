import Foundation
import Testing
import RoadmapModel
@testable import RoadmapImport

/// Workbooks LibreOffice Calc saved from the seeds (`Tests/Fixtures/Office`,
/// made as its README says) import into the bundled samples, field by
/// field, and as the seeds' text does.
@Suite struct XlsxImportTests {
    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Office/\(name)")
    }

    @Test(arguments: [("vladivostok-2020.xlsx", "001", "vladivostok-2020"),
                      ("terek-2022.xlsx", "003", "terek-2022"),
                      ("seryshevo-2023.xlsx", "004", "seryshevo-2023")])
    func libreOfficeWorkbookReadsLikeTheSample(file: String, seed: String, sampleName: String) throws {
        let report = try RoadmapImporter.read(Self.fixture(file))
        let sample = try Seeds.sample(sampleName)
        // Terek's sample gives ten measures to schools the table does not name (see SeedImportTests).
        MeasureComparison.expectEqual(report.data.measures, sample.measures, scopes: seed != "003")
        let roadmap = report.data.roadmap
        #expect(roadmap.title == sample.roadmap.title)
        #expect(roadmap.municipality == sample.roadmap.municipality)
        #expect(roadmap.period == sample.roadmap.period)
        #expect(roadmap.sections.map(\.number) == sample.roadmap.sections.map(\.number))
        let fromText = try Seeds.imported(seed)
        #expect(report.data.measures == fromText.data.measures)
        #expect(roadmap.sections == fromText.data.roadmap.sections)
        #expect(roadmap.order == fromText.data.roadmap.order)
        #expect(roadmap.glossary == fromText.data.roadmap.glossary)
        #expect(report.recognizedCount == fromText.recognizedCount)
        #expect(report.remarks.first == "Прочитан лист «Мероприятия».")
    }

    /// The ODT fixture (the table alone) saved as HTML by Writer and opened
    /// in Calc: the same measures as the ODT itself and the sample.
    @Test func workbookFromTheOdtReadsLikeTheOdt() throws {
        let report = try RoadmapImporter.read(Self.fixture("vladivostok-2020-merged.xlsx"))
        let odt = try RoadmapImporter.read(Self.fixture("vladivostok-2020.odt"))
        let sample = try Seeds.sample("vladivostok-2020")
        MeasureComparison.expectEqual(report.data.measures, sample.measures)
        #expect(report.data.measures == odt.data.measures)
        #expect(report.data.roadmap.sections == sample.roadmap.sections)
        #expect(report.data.roadmap.title == sample.roadmap.title)
        #expect(report.data.roadmap.period == .academic(startYear: 2020))
        #expect(report.summary.contains("Сроки прочитаны: 28 из 28."))
        #expect(report.summary.contains("Прочитан лист «Sheet1»."))
    }

    /// Calc keeps an HTML table's rowspan and colspan as merged ranges: the
    /// section rows span the columns, one deadline spans two measures.
    @Test func mergedRangesReadAsTheTableShowsThem() throws {
        let sheets = try XlsxReader.read(Data(contentsOf: Self.fixture("vladivostok-2020-merged.xlsx")), file: "v.xlsx")
        let rows = try #require(sheets.first).document.rows
        let merged = rows.filter { !$0.mergedCells.isEmpty }
        #expect(merged.count == 1)
        let row = try #require(merged.first)
        let above = try #require(rows.first { $0.line == row.line - 1 })
        #expect(row.mergedCells == [2])
        #expect(row.cells[2] == above.cells[2] && !row.cells[2].isEmpty)
        let section = try #require(rows.first { $0.cells.first?.hasPrefix("II.") == true })
        #expect(section.isTable && section.cells.count == 5 && section.cells.dropFirst().allSatisfy(\.isEmpty))
    }

    /// Calc stores «30.04.2022» typed into a cell as the serial 44681 with
    /// its date format (`mm/dd/yy` when saved where the system is English),
    /// and «95%» as 0.95 with `0.00%`: read as the dates they are.
    @Test func datesStoredAsNumbersReadAsDates() throws {
        let report = try RoadmapImporter.read(Self.fixture("deadlines-as-dates.xlsx"))
        let fromText = try RoadmapImporter.read(Self.fixture("deadlines-as-dates.tsv"))
        #expect(report.data.measures.map(\.deadline) == ["30.04.2022", "15.09.2022", "01.12.2022"])
        #expect(report.data.measures.map(\.deadline) == fromText.data.measures.map(\.deadline))
        #expect(report.data.measures.map(\.number) == fromText.data.measures.map(\.number))
        #expect(report.data.measures.map(\.title) == fromText.data.measures.map(\.title))
        #expect(report.data.measures.first?.result == "95.00%")
        #expect(report.recognizedCount == 3)
    }
}
