import Foundation
import Testing
import RoadmapModel
@testable import RoadmapImport

/// An OpenDocument text saved by LibreOffice (the Vladivostok roadmap as a
/// table, sections spanning the columns, one deadline cell spanning two
/// rows) imports into the measures of the bundled sample.
@Suite struct OdtImportTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Office/vladivostok-2020.odt")

    @Test func libreOfficeTableReadsLikeTheSample() throws {
        let report = try RoadmapImporter.read(Self.fixture)
        let sample = try Seeds.sample("vladivostok-2020")
        MeasureComparison.expectEqual(report.data.measures, sample.measures)
        #expect(report.data.roadmap.sections == sample.roadmap.sections)
        #expect(report.data.roadmap.title == sample.roadmap.title)
        #expect(report.data.roadmap.period == .academic(startYear: 2020))
        #expect(report.summary.contains("Сроки прочитаны: 28 из 28."))
    }

    @Test func aCellSpanningTwoRowsBelongsToBoth() throws {
        let rows = try OdtReader.read(Data(contentsOf: Self.fixture), file: "v.odt").rows
        let merged = rows.filter { !$0.mergedCells.isEmpty }
        #expect(merged.count == 1)
        let row = try #require(merged.first)
        let above = try #require(rows.first { $0.isTable && $0.line == row.line - 1 })
        #expect(row.mergedCells == [2])
        #expect(row.cells[2] == above.cells[2] && !row.cells[2].isEmpty)
    }

    @Test func aZipWithoutContentIsNotAnOdt() throws {
        let docx = DocxBuilder()
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = scratch.path("не то.odt")
        try docx.write(to: file)
        #expect(throws: ImportError.self) { try RoadmapImporter.read(file) }
        do {
            _ = try RoadmapImporter.read(file)
        } catch {
            #expect(error.description == "не то.odt: в архиве нет content.xml — это не документ OpenDocument (ODT)")
        }
    }
}
