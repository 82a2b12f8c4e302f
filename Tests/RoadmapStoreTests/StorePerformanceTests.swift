import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// A region-sized directory: 2,000 school files, 110,000 records (40 MB).
/// Loading it must stay under a second in a release build
/// (`swift test -c release --filter StorePerformance`). A debug build is
/// ten times slower, so there a tenth of the schools only checks that the
/// data comes back the same.
@Suite("Store: performance")
struct StorePerformanceTests {
    #if DEBUG
    static let schoolCount = 200
    #else
    static let schoolCount = 2_000
    #endif
    static let measureCount = 55

    static func largeData() -> RoadmapData {
        let schools = (1...schoolCount).map { i in
            School(id: "school-\(i)", name: "МБОУ СОШ № \(i)", shortName: "СОШ № \(i)", programmes: ["ШНОР"])
        }
        let measures = (1...measureCount).map { i in
            Measure(id: "2.\(i)", number: "2.\(i).", section: "2",
                    title: "Адресное сопровождение педагогических работников, мероприятие \(i)",
                    deadline: "Постоянно", responsible: ["Руководители ОО"], scope: .everySchool)
        }
        var records: [ProgressRecord] = []
        records.reserveCapacity(schoolCount * measureCount)
        for school in schools {
            for measure in measures {
                var history = [HistoryEntry(at: "2022-03-01T09:00:00+03:00", by: "Шидукова Л.П.", status: .inProgress)]
                if measure.id.hasSuffix("1") {
                    history.append(HistoryEntry(at: "2022-03-28T15:02:11+03:00", by: "Шидукова Л.П.", status: .done,
                                                note: "Проведено", doneOn: Day(year: 2022, month: 3, day: 28)))
                }
                records.append(ProgressRecord(key: ProgressKey(measure: measure.id, school: school.id), history: history))
            }
        }
        return RoadmapData(
            roadmap: Roadmap(title: "Дорожная карта", municipality: "Край", period: .calendar(year: 2022),
                             sections: [Section(number: "2", title: "Общее образование")]),
            schools: schools, measures: measures, progress: records)
    }

    @Test func loadsTwoThousandSchoolFilesQuickly() throws {
        let data = Self.largeData()
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-large-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: target) }
        try DataDirectory(target).create(data)

        let clock = ContinuousClock()
        var report: LoadReport?
        let elapsed = clock.measure { report = DataDirectory(target).load() }
        let loaded = try #require(report)
        #expect(loaded.errors.isEmpty)
        #expect(loaded.data?.progressCount == Self.schoolCount * Self.measureCount)
        #expect(loaded.data == data)
        #if DEBUG
        #expect(elapsed < .seconds(10), "\(elapsed)")
        #else
        #expect(elapsed < .seconds(1), "\(elapsed)")
        #endif
        print("Загрузка \(Self.schoolCount) файлов школ, \(Self.schoolCount * Self.measureCount) записей: \(elapsed)")
    }
}
