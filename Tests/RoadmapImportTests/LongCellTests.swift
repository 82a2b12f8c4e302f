import Foundation
import Testing
@testable import RoadmapImport

/// A cell that goes on over thousands of lines is glued whole, each line
/// once, with the same rules as a short one.
@Suite struct LongCellTests {
    @Test func threeThousandContinuationLinesAreJoinedInOrder() throws {
        var lines = ["План мероприятий на 2022 год", SampleTable.header.joined(separator: "\t"),
                     "1.\tМониторинг\tв течение года\tРуководители ОО\tСправка"]
        for index in 0..<1500 {
            lines.append("\tпродолжение \(index) педагогам-\tэтап \(index)\t\tпункт \(index)")
            lines.append("\tпредметникам\t\t\t")
        }
        let report = try RoadmapImporter.read(Data(lines.joined(separator: "\n").utf8), file: "длинная.tsv", ext: "tsv")
        let measure = try #require(report.data.measures.first)
        #expect(report.data.measures.count == 1)
        let title = "Мониторинг " + (0..<1500).map { "продолжение \($0) педагогам-предметникам" }.joined(separator: " ")
        #expect(measure.title == title)
        #expect(measure.deadline == "в течение года " + (0..<1500).map { "этап \($0)" }.joined(separator: " "))
        #expect(measure.result == "Справка " + (0..<1500).map { "пункт \($0)" }.joined(separator: " "))
    }

    /// The repeat of a short deadline under it is still found, after a
    /// cell of many lines too.
    @Test func aRepeatedDeadlineLineIsStillSetAside() throws {
        let text = ["План мероприятий на 2022 год", SampleTable.header.joined(separator: "\t"),
                    "1.\tСовещание\tВ течение года\tУО\t", "\t\tВ те тепие года\t\t",
                    "2.\tСеминар\tмарт 2022 года\tУО\t"] + (0..<500).map { "\tчасть \($0)\tапрель\t\t" }
        let report = try RoadmapImporter.read(Data(text.joined(separator: "\n").utf8), file: "сроки.tsv", ext: "tsv")
        #expect(report.data.measure("1")?.deadline == "В течение года")
        #expect(report.data.measure("2")?.deadline.hasSuffix("апрель апрель") == true)
    }
}
