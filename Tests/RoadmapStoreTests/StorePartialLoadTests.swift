import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// A change to one progress file reads the plan and that file: what it
/// gives is what the full load gives for them, other files are not looked
/// at, and saving from it is as safe as saving from a full load.
@Suite("Store: loading the plan and a few progress files")
struct StorePartialLoadTests {
    typealias Copy = OverdueIndexCacheTests.Copy

    @Test func theFilesReadAreTheFullLoadsOwn() throws {
        let copy = try Copy("terek-2022-progress")
        let full = try #require(DataDirectory(copy.root).load().data)
        let part = DataDirectory(copy.root).load(progressOf: ["khamidie", nil])
        let data = try #require(part.data)
        #expect(part.diagnostics.isEmpty)
        #expect(data.roadmap == full.roadmap && data.schools == full.schools && data.measures == full.measures)
        for school in [nil, "khamidie"] as [String?] {
            #expect(data.records(ofSchool: school) == full.records(ofSchool: school))
            #expect(!data.records(ofSchool: school).isEmpty)
        }
        #expect(data.records(ofSchool: "urozhaynoe").isEmpty)
        #expect(Set(part.snapshot.fingerprints.keys)
                == ["roadmap.json", "schools.json", "measures.json", "progress/municipal.json", "progress/schools/khamidie.json"])
    }

    @Test func aBrokenOtherFileIsNotReadButStillReported() throws {
        let copy = try Copy("terek-2022-progress")
        try "{\"format\": 1, \"school\": ".write(toFile: copy.path("progress/schools/urozhaynoe.json"),
                                                 atomically: true, encoding: .utf8)
        let part = DataDirectory(copy.root).load(progressOf: ["khamidie"])
        #expect(part.errors.isEmpty)
        var data = try #require(part.data)
        let full = DataDirectory(copy.root).load()
        #expect(full.data == nil)
        #expect(full.errors.map(\.file) == ["progress/schools/urozhaynoe.json"])
        // A mark saved from the partial load writes its own file only.
        let key = try #require(data.records(ofSchool: "khamidie").first?.key)
        data.apply(HistoryEntry(at: "2026-12-01T11:00:00+03:00", by: "Шидукова Л.П.", status: .cancelled), to: key)
        var snapshot = part.snapshot
        let saved = try DataDirectory(copy.root).save(data, files: [.holding(key)], since: &snapshot)
        #expect(saved.written == ["progress/schools/khamidie.json"])
        #expect(DataDirectory(copy.root).load().errors.map(\.file) == ["progress/schools/urozhaynoe.json"])
    }

    @Test func aBrokenPlanOrTargetFileRefusesTheLoad() throws {
        let copy = try Copy("terek-2022-progress")
        try "{".write(toFile: copy.path("progress/schools/khamidie.json"), atomically: true, encoding: .utf8)
        #expect(DataDirectory(copy.root).load(progressOf: ["khamidie"]).data == nil)
        #expect(DataDirectory(copy.root).load(progressOf: ["urozhaynoe"]).data != nil)
        try FileManager.default.removeItem(atPath: copy.path("progress/municipal.json"))
        #expect(DataDirectory(copy.root).load(progressOf: [nil]).errors.map(\.file) == ["progress/municipal.json"])
        try "[]".write(toFile: copy.path("schools.json"), atomically: true, encoding: .utf8)
        #expect(DataDirectory(copy.root).load(progressOf: ["urozhaynoe"]).data == nil)
    }

    @Test func aSchoolWithoutAFileYetIsEmpty() throws {
        let copy = try Copy("terek-2022-progress")
        try FileManager.default.removeItem(atPath: copy.path("progress/schools/khamidie.json"))
        let part = DataDirectory(copy.root).load(progressOf: ["khamidie"])
        #expect(part.diagnostics.isEmpty)
        #expect(try #require(part.data).records(ofSchool: "khamidie").isEmpty)
    }

    @Test func someoneElsesChangeToTheFileIsMergedAsAfterAFullLoad() throws {
        let copy = try Copy("terek-2022-progress")
        let part = DataDirectory(copy.root).load(progressOf: ["khamidie"])
        var mine = try #require(part.data)
        let keys = mine.records(ofSchool: "khamidie").map(\.key)
        try #require(keys.count >= 2)
        // Someone else marks one record of the same file meanwhile.
        var theirsReport = DataDirectory(copy.root).load()
        var theirs = try #require(theirsReport.data)
        theirs.apply(HistoryEntry(at: "2026-12-01T10:00:00+03:00", by: "Другой", status: .notDone), to: keys[0])
        _ = try DataDirectory(copy.root).save(theirs, files: [.holding(keys[0])], since: &theirsReport.snapshot)
        mine.apply(HistoryEntry(at: "2026-12-01T11:00:00+03:00", by: "Шидукова Л.П.", status: .cancelled), to: keys[1])
        var snapshot = part.snapshot
        let saved = try DataDirectory(copy.root).save(mine, files: [.holding(keys[1])], since: &snapshot)
        #expect(saved.takenFromOthers == [keys[0]])
        let after = try #require(DataDirectory(copy.root).load().data)
        #expect(after.record(keys[0])?.current?.by == "Другой")
        #expect(after.record(keys[1])?.status == .cancelled)
    }
}
