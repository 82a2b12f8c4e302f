import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// A document reads every file as the full load does but keeps of each
/// record one entry, in a table: it answers every question about its day
/// (or about now) as the full load does, and a broken file is still refused.
@Suite("Store: loading one entry per record for a document")
struct StoreEntryTableLoadTests {
    typealias Copy = OverdueIndexCacheTests.Copy

    static func days(_ period: Period) -> [Day] {
        [period.start, period.start.adding(days: 100), period.start.adding(days: 250), period.end]
    }

    @Test(arguments: ["terek-2022-progress", "izhevsk-2020", "sol-iletsk-2020"])
    func everyRecordStandsAsInTheFullLoad(sample: String) throws {
        let copy = try Copy(sample)
        let full = try #require(DataDirectory(copy.root).load().data)
        #expect(full.progressCount > 0)
        for day in Self.days(full.roadmap.period) {
            let (report, table) = DataDirectory(copy.root).load(entries: .asOf(day))
            let plan = try #require(report.data)
            // The data is the plan alone: the records are in the table.
            #expect(plan.roadmap == full.roadmap && plan.schools == full.schools && plan.measures == full.measures)
            #expect(plan.progressCount == 0)
            var kept = 0
            for record in full.allRecords {
                let entry = full.entry(of: record.key, asOf: day)
                #expect(table.entry(of: record.key) == entry.map(EntryTable.Entry.init), "\(record.key)")
                if entry != nil { kept += 1 }
            }
            #expect(table.count == kept)
            let schedule = Schedule(full)
            let query = OverdueQuery(asOf: day)
            #expect(Overdue.items(plan: plan, entries: table, schedule: schedule, query: query)
                    == Overdue.items(in: full, schedule: schedule, query: query))
        }
    }

    @Test(arguments: ["terek-2022-progress", "izhevsk-2020"])
    func currentEntriesAreTheRecordsLast(sample: String) throws {
        let copy = try Copy(sample)
        let full = try #require(DataDirectory(copy.root).load().data)
        let (report, table) = DataDirectory(copy.root).load(entries: .current)
        #expect(report.errors.isEmpty)
        #expect(table.count == full.progressCount)
        for record in full.allRecords {
            #expect(table.entry(of: record.key) == record.current.map(EntryTable.Entry.init))
        }
    }

    @Test func aBrokenFileIsRefusedAsInTheFullLoad() throws {
        let copy = try Copy("terek-2022-progress")
        try "{\"format\": 1, \"school\": ".write(toFile: copy.path("progress/schools/urozhaynoe.json"),
                                                 atomically: true, encoding: .utf8)
        let (report, _) = DataDirectory(copy.root).load(entries: .asOf(try #require(Day.parse("2022-06-01"))))
        #expect(report.data == nil)
        #expect(!report.errors.isEmpty)
        #expect(report.errors.map(\.description) == DataDirectory(copy.root).load().errors.map(\.description))
    }

    @Test func warningsAreTheFullLoads() throws {
        let copy = try Copy("terek-2022-progress")
        // A record of a measure the plan does not have: a warning, and nothing a document can show.
        let path = copy.path("progress/municipal.json")
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"records\": [", with: """
            "records": [{"measure": "99.9", "status": "done", "by": "Иванова И.И.", "at": "2022-03-01T10:00:00+03:00"},
            """)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let full = DataDirectory(copy.root).load()
        let (report, table) = DataDirectory(copy.root).load(entries: .current)
        #expect(!full.diagnostics.isEmpty)
        #expect(report.diagnostics.map(\.description) == full.diagnostics.map(\.description))
        #expect(table.entry(of: ProgressKey(measure: "99.9")) == nil)
    }
}
