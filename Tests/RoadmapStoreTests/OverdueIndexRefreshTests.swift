import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// After progress files change, the index reads those files again instead
/// of the region — and answers exactly as the JSON files do; anything else
/// (a plan file, an error, a stray file) leaves the answer to a full load.
@Suite("Store: refreshing the overdue index file by file")
struct OverdueIndexRefreshTests {
    typealias Copy = OverdueIndexCacheTests.Copy

    static let days = ["2021-03-01", "2022-06-01", "2023-06-01"].map { Day.parse($0)! }

    /// The refreshed index gives the rows and the warning count of the JSON.
    static func expectTruth(_ hit: OverdueIndexCache.Hit, _ copy: Copy,
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        for day in days {
            let query = OverdueQuery(asOf: day)
            #expect(OverdueIndexCacheTests.rows(hit.index.overdueItems(query: query)) == (try copy.truth(query)),
                    sourceLocation: sourceLocation)
        }
        #expect(hit.warningCount == DataDirectory(copy.root).load().warnings.count, sourceLocation: sourceLocation)
    }

    /// Marks the first item overdue on 2022-06-01 done, as `roadmap mark` saves it.
    static func markFirstOverdue(_ copy: Copy) throws -> ProgressKey {
        var report = DataDirectory(copy.root).load()
        var data = try #require(report.data)
        let item = try #require(Overdue.items(in: data, schedule: Schedule(data), query: OverdueQuery(asOf: days[1])).first)
        data.apply(HistoryEntry(at: "2022-05-30T10:00:00+03:00", by: "Шидукова Л.П.", status: .done,
                                doneOn: Day.parse("2022-05-30")), to: item.key)
        _ = try DataDirectory(copy.root).save(data, files: [.holding(item.key)], since: &report.snapshot)
        return item.key
    }

    @Test(arguments: ["terek-2022", "vladivostok-2020"])
    func aMarkIsReadFromItsFileAlone(sample: String) throws {
        let copy = try Copy(sample)
        let before = try #require(copy.rebuilt()).index.overdueItems(query: OverdueQuery(asOf: Self.days[1]))
        let key = try Self.markFirstOverdue(copy)
        #expect(copy.cache.cached() == nil, "the mark changed a file the index was built from")
        let hit = try #require(copy.cache.refreshed())
        #expect(hit.index.overdueItems(query: OverdueQuery(asOf: Self.days[1])).count == before.count - 1)
        #expect(!hit.index.overdueItems(query: OverdueQuery(asOf: Self.days[1])).contains { $0.key == key })
        try Self.expectTruth(hit, copy)
        // The refreshed index was written: it is now fresh as it is.
        let again = try #require(copy.cache.cached())
        #expect(again.index == hit.index)
    }

    @Test func theRefreshedIndexIsTheOneARebuildGives() throws {
        let copy = try Copy("terek-2022")
        #expect(copy.rebuilt() != nil)
        _ = try Self.markFirstOverdue(copy)
        let refreshed = try #require(copy.cache.refreshed()).index
        let rebuilt = try #require(copy.rebuilt()).index
        #expect(refreshed.entries == rebuilt.entries)
        #expect(refreshed.sources.map(\.path) == rebuilt.sources.map(\.path))
    }

    @Test func removedAndAddedSchoolFilesAreRefreshed() throws {
        let copy = try Copy("terek-2022-progress")
        #expect(copy.rebuilt() != nil)
        let file = copy.path("progress/schools/khamidie.json")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try FileManager.default.removeItem(atPath: file)
        let removed = try #require(copy.cache.refreshed())
        try Self.expectTruth(removed, copy)
        #expect(!removed.index.entries.isEmpty)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let added = try #require(copy.cache.refreshed())
        try Self.expectTruth(added, copy)
        #expect(added.index.entries.count > removed.index.entries.count)
        #expect(added.index.entries == (try #require(copy.rebuilt())).index.entries)
    }

    @Test func aWarningInARefreshedFileIsCounted() throws {
        let copy = try Copy("terek-2022")
        #expect(copy.rebuilt()?.warningCount == 0)
        // An unknown field is a warning, not an error: the data still loads.
        let file = copy.path("progress/schools/urozhaynoe.json")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "\"format\": 1,", with: "\"format\": 1, \"заметка\": 1,")
        #expect(edited != text)
        try edited.write(toFile: file, atomically: true, encoding: .utf8)
        let hit = try #require(copy.cache.refreshed())
        #expect(hit.warningCount == 1)
        try Self.expectTruth(hit, copy)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try #require(copy.cache.refreshed()).warningCount == 0)
    }

    @Test func aChangedPlanFileAnErrorOrAStrayFileNeedTheFullLoad() throws {
        let copy = try Copy("terek-2022")
        #expect(copy.rebuilt() != nil)
        let measures = copy.path("measures.json")
        let text = try String(contentsOfFile: measures, encoding: .utf8)
        try (text + "\n").write(toFile: measures, atomically: true, encoding: .utf8)
        #expect(copy.cache.refreshed() == nil)
        #expect(copy.rebuilt() != nil)
        // A broken progress file is the full load's to report.
        try "{".write(toFile: copy.path("progress/schools/khamidie.json"), atomically: true, encoding: .utf8)
        #expect(copy.cache.refreshed() == nil)
        #expect(!copy.cache.loadAndRebuild().errors.isEmpty)
        try FileManager.default.removeItem(atPath: copy.path("progress/schools/khamidie.json"))
        #expect(copy.rebuilt() != nil)
        try "заметки".write(toFile: copy.path("progress/schools/notes.txt"), atomically: true, encoding: .utf8)
        #expect(copy.cache.refreshed() == nil)
        // The municipal file is required: without it the load is an error.
        try FileManager.default.removeItem(atPath: copy.path("progress/schools/notes.txt"))
        #expect(copy.rebuilt() != nil)
        let municipal = try String(contentsOfFile: copy.path("progress/municipal.json"), encoding: .utf8)
        try FileManager.default.removeItem(atPath: copy.path("progress/municipal.json"))
        #expect(copy.cache.refreshed() == nil)
        try municipal.write(toFile: copy.path("progress/municipal.json"), atomically: true, encoding: .utf8)
        // A file for a school the plan does not have is an error too.
        #expect(copy.rebuilt() != nil)
        try FileManager.default.copyItem(atPath: copy.path("progress/schools/urozhaynoe.json"),
                                         toPath: copy.path("progress/schools/no-such-school.json"))
        #expect(copy.cache.refreshed() == nil)
    }

    @Test func statusesGoUnderThePlanReadFromTheFilesOnlyWhenItIsTheIndexsOwn() throws {
        let copy = try Copy("terek-2022-progress")
        let index = try #require(copy.rebuilt()).index
        let full = try #require(DataDirectory(copy.root).load().data)
        let plan = try #require(DataDirectory(copy.root).load(progressOf: []).data)
        let data = try #require(index.data(plan: plan))
        // The plan is the files' (sections, programmes, notes), the statuses the index's.
        #expect(data.roadmap == full.roadmap && data.schools == full.schools && data.measures == full.measures)
        #expect(data.progressCount == full.progressCount)
        for record in full.allRecords {
            #expect(data.record(record.key)?.statusSteps == record.statusSteps)
        }
        var other = plan
        other.schools.removeLast()
        #expect(index.data(plan: other) == nil)
        other = plan
        other.measures.swapAt(0, 1)
        #expect(index.data(plan: other) == nil)
    }
}
