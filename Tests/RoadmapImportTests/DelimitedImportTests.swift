import Foundation
import Testing
import RoadmapModel
@testable import RoadmapImport

/// A sample written as CSV or TSV and imported again gives the same measures.
@Suite struct DelimitedImportTests {
    @Test(arguments: [("csv", ";"), ("csv", ","), ("tsv", "\t")])
    func sampleRoundTrip(ext: String, separator: String) throws {
        let sample = try Seeds.sample("vladivostok-2020")
        let text = SampleTable.csv(sample, separator: separator)
        let report = try RoadmapImporter.read(Data(text.utf8), file: "карта.\(ext)", ext: ext)
        MeasureComparison.expectEqual(report.data.measures, sample.measures)
        #expect(report.data.roadmap.sections == sample.roadmap.sections)
        #expect(report.data.roadmap.title == sample.roadmap.title)
        #expect(report.data.roadmap.period == .academic(startYear: 2020))
        #expect(report.data.roadmap.municipality == "город Владивосток")
    }

    @Test func seryshevoNamesSurviveACSVRoundTrip() throws {
        let sample = try Seeds.sample("seryshevo-2023")
        let text = SampleTable.csv(sample)
        let report = try RoadmapImporter.read(Data(text.utf8), file: "карта.csv", ext: "csv")
        MeasureComparison.expectEqual(report.data.measures, sample.measures)
    }

    @Test func quotedFieldsKeepSeparatorsQuotesAndLineBreaks() {
        let text = "\u{FEFF}а;\"б; в\";\"он сказал \"\"да\"\"\"\n\"две\nстроки\";г;д\n"
        let document = DelimitedReader.read(text, file: "x.csv")
        #expect(document.rows.map(\.cells) == [["а", "б; в", "он сказал \"да\""], ["две\nстроки", "г", "д"]])
        #expect(document.rows.map(\.line) == [1, 2])
    }

    @Test func theSeparatorIsGuessed() {
        #expect(DelimitedReader.guessSeparator("а;б;в\nг;д;е\n") == ";")
        #expect(DelimitedReader.guessSeparator("а,б,в\nг,д,е\n") == ",")
        #expect(DelimitedReader.guessSeparator("а\tб,в\nг\tд\n") == "\t")
        #expect(DelimitedReader.guessSeparator("\"а;б\",в,г\n") == ",")
    }
}
