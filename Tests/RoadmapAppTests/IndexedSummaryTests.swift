import Foundation
import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapApp

/// Each record's status as of the day is worked out once and shared by the
/// counts, the timeline's marks and the overdue list; from the index it is
/// read off its entries by position. Both must give what the model gives
/// record by record, on the bundled samples.
@Suite struct IndexedSummaryTests {
    static let samples = ["terek-2022-progress", "vladivostok-2020", "sol-iletsk-2020", "seryshevo-2023"]
    /// The samples that come with marks.
    static let marked = ["terek-2022-progress", "sol-iletsk-2020", "izhevsk-2020"]

    static func days(_ data: RoadmapData) -> [Day] {
        let period = data.roadmap.period
        return [period.start, period.start.adding(days: 100), period.start.adding(days: 250), period.end]
    }

    @Test(arguments: samples)
    func theOverdueListFromSharedStatusesIsTheModels(sample: String) throws {
        let data = try DashboardFromIndexTests.full(sample)
        let schedule = Schedule(data)
        for day in Self.days(data) {
            let summary = Summary(data: data, schedule: schedule, asOf: day)
            let model = Overdue.items(in: data, schedule: schedule, query: OverdueQuery(asOf: day))
            #expect(summary.overdue == model, "\(sample) \(day)")
        }
    }

    @Test(arguments: marked)
    func theIndexsEntriesCountAsTheRecords(sample: String) throws {
        let full = try DashboardFromIndexTests.full(sample)
        let plan = RoadmapData(roadmap: full.roadmap, schools: full.schools, measures: full.measures)
        let indexed = try #require(IndexedProgress(OverdueIndex(data: full, sources: [], builtAt: 0), plan: plan))
        #expect(full.progressCount > 0)
        let schedule = Schedule(full)
        for day in Self.days(full) {
            let fromIndex = Summary(data: plan, indexed: indexed, schedule: schedule, asOf: day)
            let fromRecords = Summary(data: full, schedule: schedule, asOf: day)
            SummaryTests().expectSame(fromIndex, fromRecords)
            #expect(fromIndex.counts == fromRecords.counts, "\(sample) \(day)")
        }
    }
}
