import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// A document dated a day reads every file as the full load does but keeps
/// each record as it stood that day: every question about that day gets
/// the full load's answer, and a broken file is still refused.
@Suite("Store: loading records as they stood on a day")
struct StoreStandingLoadTests {
    typealias Copy = OverdueIndexCacheTests.Copy

    @Test(arguments: ["terek-2022-progress", "izhevsk-2020", "sol-iletsk-2020"])
    func everyRecordStandsAsInTheFullLoad(sample: String) throws {
        let copy = try Copy(sample)
        let full = try #require(DataDirectory(copy.root).load().data)
        #expect(full.progressCount > 0)
        let period = full.roadmap.period
        let days = [period.start, period.start.adding(days: 100), period.start.adding(days: 250), period.end]
        for day in days {
            let standing = try #require(DataDirectory(copy.root).load(standingAsOf: day).data)
            #expect(standing.roadmap == full.roadmap && standing.schools == full.schools && standing.measures == full.measures)
            var kept = 0
            for record in full.allRecords {
                let entry = full.entry(of: record.key, asOf: day)
                #expect(standing.entry(of: record.key, asOf: day) == entry)
                #expect(standing.status(of: record.key, asOf: day) == full.status(of: record.key, asOf: day))
                if entry != nil { kept += 1 }
            }
            // Nothing else is kept: one entry per record that had begun.
            #expect(standing.progressCount == kept)
            #expect(standing.allRecords.allSatisfy { $0.history.count == 1 })
            let schedule = Schedule(full)
            let query = OverdueQuery(asOf: day)
            #expect(Overdue.items(in: standing, schedule: schedule, query: query)
                    == Overdue.items(in: full, schedule: schedule, query: query))
        }
    }

    @Test func aBrokenFileIsRefusedAsInTheFullLoad() throws {
        let copy = try Copy("terek-2022-progress")
        try "{\"format\": 1, \"school\": ".write(toFile: copy.path("progress/schools/urozhaynoe.json"),
                                                 atomically: true, encoding: .utf8)
        let report = DataDirectory(copy.root).load(standingAsOf: try #require(Day.parse("2022-06-01")))
        #expect(report.data == nil)
        #expect(report.errors.map(\.description) == DataDirectory(copy.root).load().errors.map(\.description))
    }
}
