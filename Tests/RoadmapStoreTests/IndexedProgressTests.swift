import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// The index's records answered by key are the ones `data(plan:)` builds
/// all at once, and the dashboard's start finds them beside the plan files.
@Suite("Store: the index's records by key")
struct IndexedProgressTests {
    @Test(arguments: ["terek-2022-progress", "sol-iletsk-2020", "izhevsk-2020"])
    func eachRecordIsTheOneTheBuiltDataHolds(sample: String) throws {
        let full = try #require(DataDirectory(TestPaths.sample(sample)).load().data)
        let plan = RoadmapData(roadmap: full.roadmap, schools: full.schools, measures: full.measures)
        let index = OverdueIndex(data: full, sources: [], builtAt: 0)
        let indexed = try #require(IndexedProgress(index, plan: plan))
        let built = try #require(index.data(plan: plan))
        #expect(built.progressCount == full.progressCount)
        #expect(built.progressCount > 0)
        for record in built.allRecords {
            #expect(indexed.record(record.key) == record)
        }
        // Keys with no record: another occurrence, another school, the municipal file.
        for record in full.allRecords.prefix(50) {
            var key = record.key
            key.occurrence = Day.parse("1999-01-01")
            #expect(indexed.record(key) == nil)
            key.school = "no-such-school"
            #expect(indexed.record(key) == nil)
        }
    }

    @Test func anotherPlanIsRefused() throws {
        let full = try #require(DataDirectory(TestPaths.sample("terek-2022")).load().data)
        var plan = RoadmapData(roadmap: full.roadmap, schools: full.schools, measures: full.measures)
        let index = OverdueIndex(data: full, sources: [], builtAt: 0)
        plan.schools.removeLast()
        #expect(IndexedProgress(index, plan: plan) == nil)
    }

    @Test func theStartReadsThePlanBesideAFreshIndex() throws {
        let copy = try OverdueIndexCacheTests.Copy("terek-2022-progress")
        let directory = DataDirectory(copy.root)
        #expect(IndexedStart.open(directory, cache: copy.cache) == nil, "no index yet")
        let report = copy.cache.loadAndRebuild()
        let full = try #require(report.data)
        let start = try #require(IndexedStart.open(directory, cache: copy.cache))
        #expect(start.plan == RoadmapData(roadmap: full.roadmap, schools: full.schools, measures: full.measures))
        #expect(start.warningCount == report.warnings.count)
        for record in full.allRecords {
            #expect(start.progress.record(record.key)?.status == record.status)
        }
        #expect(IndexedStart.open(directory, cache: copy.cache, minimumRecords: full.progressCount + 1) == nil)
    }
}
