import Foundation
import Testing
import RoadmapModel
@testable import RoadmapStore

/// A change to a few progress files takes the plan from the plan cache
/// while the plan files are unchanged: it then gives the records, names and
/// deadlines the files give, is thrown away on any change or doubt, and a
/// save from it writes progress files only.
@Suite("Store: the plan cache")
struct PlanCacheTests {
    typealias Copy = OverdueIndexCacheTests.Copy

    static func cache(_ copy: Copy) -> PlanCache {
        PlanCache(root: copy.root, file: copy.folder.appendingPathComponent("cache/plan.index"))
    }

    /// Loads the plan and two progress files through the cache.
    static func load(_ copy: Copy, _ cache: PlanCache) -> LoadReport {
        DataDirectory(copy.root).load(progressOf: { _ in ["khamidie", nil] }, planCache: cache)
    }

    @Test(arguments: ["terek-2022-progress", "vladivostok-2020", "seryshevo-2023"])
    func theCachedPlanGivesWhatTheFilesGive(sample: String) throws {
        let copy = try Copy(sample)
        let cache = Self.cache(copy)
        let schools = try #require(DataDirectory(copy.root).load().data).schools.prefix(1).map { Optional($0.id) }
        let first = DataDirectory(copy.root).load(progressOf: { _ in Set(schools + [nil]) }, planCache: cache)
        let read = try #require(first.data)
        #expect(!first.snapshot.planIsIndexed)
        #expect(FileManager.default.fileExists(atPath: try #require(cache.file).path))

        let second = DataDirectory(copy.root).load(progressOf: { _ in Set(schools + [nil]) }, planCache: cache)
        let cached = try #require(second.data)
        #expect(second.snapshot.planIsIndexed)
        #expect(second.diagnostics.isEmpty)
        let indexed = IndexedPlan(roadmap: read.roadmap, schools: read.schools, measures: read.measures)
        #expect(cached.roadmap == indexed.roadmap && cached.schools == indexed.schools && cached.measures == indexed.measures)
        #expect(cached.progressBySchool == read.progressBySchool)
        // Deadlines, and so every occurrence a mark may name, are the files' own.
        let all = Schedule(read), fromCache = Schedule(cached)
        for measure in read.measures {
            #expect(fromCache.deadline(of: measure).windows == all.deadline(of: measure).windows)
        }
    }

    @Test func aFileReadWithTheCachedPlanIsCheckedAsInTheFullLoad() throws {
        let copy = try Copy("terek-2022-progress")
        let cache = Self.cache(copy)
        _ = Self.load(copy, cache)
        // An occurrence that is no end of measure 18's monthly windows.
        let path = copy.path("progress/municipal.json")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"occurrence\": \"2022-02-28\"", with: "\"occurrence\": \"2022-02-15\"")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let full = DataDirectory(copy.root).load()
        let part = Self.load(copy, cache)
        #expect(part.snapshot.planIsIndexed)
        let found = full.diagnostics.filter { $0.file == "progress/municipal.json" }.map(\.description)
        #expect(found.count == 1)
        #expect(found.first?.contains("2022-02-15") == true || found.first?.contains("15.02.2022") == true)
        #expect(part.diagnostics.map(\.description) == found)
    }

    @Test func anEditedPlanFileIsReadAgain() throws {
        let copy = try Copy("terek-2022-progress")
        let cache = Self.cache(copy)
        _ = Self.load(copy, cache)
        #expect(Self.load(copy, cache).snapshot.planIsIndexed)
        let path = copy.path("schools.json")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "Хамидие", with: "Хамидия").write(toFile: path, atomically: false, encoding: .utf8)
        let again = Self.load(copy, cache)
        #expect(!again.snapshot.planIsIndexed)
        #expect(try #require(again.data).school("khamidie")?.shortName.contains("Хамидия") == true)
        // The new reading is what the cache now holds.
        #expect(try #require(Self.load(copy, cache).data).school("khamidie")?.shortName.contains("Хамидия") == true)
    }

    @Test func aPlanWithAWarningIsNotCached() throws {
        let copy = try Copy("terek-2022-progress")
        let path = copy.path("roadmap.json")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"format\": 1,", with: "\"format\": 1, \"colour\": \"blue\",")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let cache = Self.cache(copy)
        let report = Self.load(copy, cache)
        #expect(report.data != nil)
        #expect(!report.warnings.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: try #require(cache.file).path))
        #expect(Self.load(copy, cache).warnings.count == report.warnings.count)
    }

    @Test func aDamagedOrForeignCacheIsReplaced() throws {
        let copy = try Copy("terek-2022-progress")
        let cache = Self.cache(copy)
        let file = try #require(cache.file)
        _ = Self.load(copy, cache)
        var bytes = try [UInt8](Data(contentsOf: file))
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: file)
        #expect(!Self.load(copy, cache).snapshot.planIsIndexed)
        #expect(Self.load(copy, cache).snapshot.planIsIndexed)
        try Data(bytes.prefix(40)).write(to: file)
        #expect(!Self.load(copy, cache).snapshot.planIsIndexed)

        // Another directory's cache under this one's name.
        let other = try Copy("terek-2022-progress")
        _ = Self.load(other, Self.cache(other))
        try FileManager.default.removeItem(at: file)
        try FileManager.default.copyItem(at: try #require(Self.cache(other).file), to: file)
        #expect(!Self.load(copy, cache).snapshot.planIsIndexed)
    }

    @Test func aChangeLeftHalfDoneIsNotTrusted() throws {
        let copy = try Copy("terek-2022-progress")
        let cache = Self.cache(copy)
        _ = Self.load(copy, cache)
        try "".write(toFile: copy.path(Journal.fileName), atomically: true, encoding: .utf8)
        #expect(cache.cached() == nil)
        try FileManager.default.removeItem(atPath: copy.path(Journal.fileName))
        #expect(cache.cached() != nil)
    }

    @Test func aSaveFromTheCacheWritesProgressFilesOnly() throws {
        let copy = try Copy("terek-2022-progress")
        let cache = Self.cache(copy)
        _ = Self.load(copy, cache)
        let report = Self.load(copy, cache)
        var data = try #require(report.data)
        var snapshot = report.snapshot
        let key = try #require(data.records(ofSchool: "khamidie").first?.key)
        data.apply(HistoryEntry(at: "2026-12-01T11:00:00+03:00", by: "Шидукова Л.П.", status: .cancelled), to: key)
        let planBefore = try Data(contentsOf: copy.root.appendingPathComponent("roadmap.json"))
        #expect(throws: StoreError.self) {
            try DataDirectory(copy.root).save(data, files: [.holding(key), .roadmap], since: &snapshot)
        }
        #expect(try Data(contentsOf: copy.root.appendingPathComponent("roadmap.json")) == planBefore)
        let saved = try DataDirectory(copy.root).save(data, files: [.holding(key)], since: &snapshot)
        #expect(saved.written == ["progress/schools/khamidie.json"])
        let full = try #require(DataDirectory(copy.root).load().data)
        #expect(full.record(key)?.status == .cancelled)
        // The plan files keep what the cache never held (sections, requisites …).
        #expect(try Data(contentsOf: copy.root.appendingPathComponent("roadmap.json")) == planBefore)
        #expect(!full.roadmap.sections.isEmpty)
    }

    @Test func aPlanFileChangedAfterTheLoadRefusesTheSave() throws {
        let copy = try Copy("terek-2022-progress")
        let cache = Self.cache(copy)
        _ = Self.load(copy, cache)
        let report = Self.load(copy, cache)
        #expect(report.snapshot.planIsIndexed)
        var data = try #require(report.data)
        var snapshot = report.snapshot
        let key = try #require(data.records(ofSchool: "khamidie").first?.key)
        data.apply(HistoryEntry(at: "2026-12-01T11:00:00+03:00", by: "Шидукова Л.П.", status: .cancelled), to: key)
        let path = copy.path("measures.json")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try (text + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.self) {
            try DataDirectory(copy.root).save(data, files: [.holding(key)], since: &snapshot)
        }
    }
}
