import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// The overdue index cache answers exactly as the JSON files do, and only
/// while nothing the loader reads has changed.
@Suite("Store: the overdue index cache")
struct OverdueIndexCacheTests {
    /// A copy of a bundled sample and a cache file in a separate folder.
    final class Copy {
        let folder: URL
        let root: URL
        let cache: OverdueIndexCache

        init(_ sample: String) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-index-\(UUID().uuidString)")
            root = folder.appendingPathComponent("data")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: TestPaths.sample(sample), to: root)
            cache = OverdueIndexCache(root: root, file: folder.appendingPathComponent("cache/overdue.index"))
        }

        deinit {
            _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.path)
            try? FileManager.default.removeItem(at: folder)
        }

        func truth(_ query: OverdueQuery) throws -> [String] {
            let data = try #require(DataDirectory(root).load().data)
            return rows(Overdue.items(in: data, schedule: Schedule(data), query: query))
        }

        /// Builds the index, then asks it; nil when it is not trusted.
        func rebuilt() -> OverdueIndexCache.Hit? {
            _ = cache.loadAndRebuild()
            return cache.cached()
        }

        func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
    }

    /// Every field the command prints, one line per item: the index keeps
    /// only what `overdue` shows, so whole `Measure` values differ.
    static func rows(_ items: [OverdueItem]) -> [String] {
        items.map { item in
            [item.key.measure, item.key.school ?? "-", item.key.occurrence?.iso ?? "-", item.measure.number,
             item.measure.title, item.measure.responsible.joined(separator: ";"), item.school?.name ?? "-",
             item.school?.shortName ?? "-", item.due.iso, String(item.daysOverdue), item.status.rawValue]
                .joined(separator: "|")
        }
    }

    static let query = OverdueQuery(asOf: Day.parse("2022-06-01")!)

    @Test(arguments: ["vladivostok-2020", "terek-2022", "seryshevo-2023"])
    func theIndexGivesTheSameItemsAsTheJSON(sample: String) throws {
        let copy = try Copy(sample)
        #expect(copy.cache.cached() == nil)
        var total = 0
        let hit = try #require(copy.rebuilt())
        for day in ["2020-12-01", "2021-03-01", "2022-06-01", "2023-06-01", "2024-12-31"] {
            let query = OverdueQuery(asOf: Day.parse(day)!)
            let rows = Self.rows(hit.index.overdueItems(query: query))
            #expect(rows == (try copy.truth(query)))
            total += rows.count
        }
        #expect(total > 0)
        #expect(hit.warningCount == 0)
    }

    @Test func aHandEditWithTheSameSizeMakesTheIndexStale() throws {
        let copy = try Copy("terek-2022")
        #expect(copy.rebuilt() != nil)
        let file = copy.path("progress/schools/khamidie.json")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        // Same length, different bytes, written in place (same inode) and
        // within the racy window: only the content hash can tell.
        let edited = text.replacingOccurrences(of: "\"format\": 1", with: "\"format\": 2")
        #expect(edited != text)
        try edited.write(toFile: file, atomically: false, encoding: .utf8)
        #expect(copy.cache.cached() == nil)
    }

    @Test func aSaveMakesTheIndexStaleAndTheRebuildSeesIt() throws {
        let copy = try Copy("terek-2022")
        let before = try #require(copy.rebuilt()).index.overdueItems(query: Self.query)
        let item = try #require(before.first)
        var report = DataDirectory(copy.root).load()
        var data = try #require(report.data)
        let key = item.key
        data.apply(HistoryEntry(at: "2022-05-30T10:00:00+03:00", by: "Шидукова Л.П.", status: .done, doneOn: Day.parse("2022-05-30")), to: key)
        _ = try DataDirectory(copy.root).save(data, files: [.holding(key)], since: &report.snapshot)
        #expect(copy.cache.cached() == nil)
        let after = try #require(copy.rebuilt()).index.overdueItems(query: Self.query)
        #expect(after.count == before.count - 1)
        #expect(Self.rows(after) == (try copy.truth(Self.query)))
    }

    @Test func anAddedOrDeletedSchoolFileMakesTheIndexStale() throws {
        let copy = try Copy("terek-2022")
        #expect(copy.rebuilt() != nil)
        try FileManager.default.removeItem(atPath: copy.path("progress/schools/khamidie.json"))
        #expect(copy.cache.cached() == nil)
        #expect(copy.rebuilt() != nil)
        try "not json".write(toFile: copy.path("progress/schools/notes.txt"), atomically: true, encoding: .utf8)
        #expect(copy.cache.cached() == nil)
        // A stray file is a warning: the index remembers the count.
        let hit = try #require(copy.rebuilt())
        #expect(hit.warningCount == DataDirectory(copy.root).load().warnings.count)
        #expect(hit.warningCount == 1)
    }

    @Test func aDirectoryWithErrorsBuildsNoIndex() throws {
        let copy = try Copy("seryshevo-2023")
        try "{".write(toFile: copy.path("measures.json"), atomically: true, encoding: .utf8)
        let report = copy.cache.loadAndRebuild()
        #expect(!report.errors.isEmpty)
        #expect(copy.cache.cached() == nil)
        #expect(!FileManager.default.fileExists(atPath: copy.cache.file!.path))
    }

    @Test(arguments: [0, 1, 9, 30, 200])
    func aDamagedOrTruncatedCacheFileIsRefused(cut: Int) throws {
        let copy = try Copy("vladivostok-2020")
        #expect(copy.rebuilt() != nil)
        let url = try #require(copy.cache.file)
        var bytes = try Data(contentsOf: url)
        try bytes.prefix(bytes.count - 1).write(to: url)
        #expect(copy.cache.cached() == nil)
        bytes[min(cut, bytes.count - 1)] ^= 0x20
        try bytes.write(to: url)
        #expect(copy.cache.cached() == nil)
        try Data().write(to: url)
        #expect(copy.cache.cached() == nil)
    }

    @Test func aCacheBuiltForAnotherDirectoryIsRefused() throws {
        let first = try Copy("terek-2022"), second = try Copy("terek-2022")
        #expect(first.rebuilt() != nil)
        let theirs = try #require(first.cache.file), mine = try #require(second.cache.file)
        try FileManager.default.createDirectory(at: mine.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: theirs, to: mine)
        #expect(second.cache.cached() == nil)
    }

    @Test func theDefaultCacheFileIsInTheCacheFolderNeverInTheDataDirectory() throws {
        let copy = try Copy("seryshevo-2023")
        let xdg = copy.folder.appendingPathComponent("xdg")
        let file = try #require(OverdueIndexCache.defaultFile(for: copy.root, environment: ["XDG_CACHE_HOME": xdg.path, "HOME": "/nowhere"]))
        #expect(file.path.hasPrefix(xdg.path + "/roadmap/overdue-"))
        let home = try #require(OverdueIndexCache.defaultFile(for: copy.root, environment: ["HOME": copy.folder.path]))
        #expect(home.path.hasPrefix(copy.folder.path + "/.cache/roadmap/"))
        // Two directories, two files; a cache folder inside the data directory is refused.
        #expect(OverdueIndexCache.defaultFile(for: xdg, environment: ["XDG_CACHE_HOME": xdg.path]) != file)
        #expect(OverdueIndexCache.defaultFile(for: copy.root, environment: ["XDG_CACHE_HOME": copy.path("cache")]) == nil)
    }

    @Test func aReadOnlyDataDirectoryStillGetsAnIndex() throws {
        let copy = try Copy("terek-2022")
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: copy.root.path)
        let hit = try #require(copy.rebuilt())
        #expect(Self.rows(hit.index.overdueItems(query: Self.query)) == (try copy.truth(Self.query)))
    }

    @Test func anUnwritableCacheFolderIsSilent() throws {
        let copy = try Copy("terek-2022")
        let blocked = OverdueIndexCache(root: copy.root, file: copy.folder.appendingPathComponent("data/roadmap.json/x.index"))
        let report = blocked.loadAndRebuild()
        #expect(report.data != nil)
        #expect(blocked.cached() == nil)
    }
}

extension OverdueIndexCacheTests {
    /// Files written just before the build are checked by their bytes; once
    /// they are older than the racy window and confirmed, the cache keeps
    /// their stamps only, and a later change is still seen.
    @Test func racyFilesAreSettledOnceTheyAreOldEnough() throws {
        let copy = try Copy("seryshevo-2023")
        let built = try #require(copy.rebuilt())
        #expect(built.index.sources.contains { $0.racy })
        Thread.sleep(forTimeInterval: Double(SourceStamp.racyWindow) / 1e9 + 0.2)
        let confirmed = try #require(copy.cache.cached())
        #expect(confirmed.index.sources.contains { $0.racy })
        let settled = try #require(copy.cache.cached())
        #expect(!settled.index.sources.contains { $0.racy })
        #expect(Self.rows(settled.index.overdueItems(query: Self.query)) == (try copy.truth(Self.query)))
        let file = copy.path("progress/municipal.json")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"format\": 1", with: "\"format\": 2").write(toFile: file, atomically: false, encoding: .utf8)
        #expect(copy.cache.cached() == nil)
    }
}
