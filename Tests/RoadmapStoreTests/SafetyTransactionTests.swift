import Foundation
import Testing
import RoadmapModel
@testable import RoadmapStore

/// A change to several files is all or nothing: a file that may not be
/// replaced, a full disk or a crash at any step leaves every file as it was,
/// or (after the change counted) every file new — never a half.
@Suite("Safety: a change to several files commits as one")
struct SafetyTransactionTests {
    typealias Terek = SafetyMergeTests.Terek

    static let schools = ["khamidie", "krasnoarmeyskoe", "nizhniy-kurp", "novaya-balkariya",
                          "novo-khamidie", "urozhaynoe", "verkhniy-kurp"]
    static let schoolFiles = Set(schools.map { DataFile.progress(school: $0) })

    /// Measure 8 marked done for all seven schools: seven files to change.
    static func markedForAll(_ data: RoadmapData, note: String = "проведено") -> RoadmapData {
        var data = data
        for school in schools {
            data.apply(SafetyMergeTests.entry("Шидукова Л.П.", .done, note: note),
                       to: ProgressKey(measure: "8", school: school))
        }
        return data
    }

    static func schoolBytes(_ terek: Terek) throws -> [String: Data] {
        var bytes: [String: Data] = [:]
        for school in schools { bytes[school] = try terek.bytes("progress/schools/\(school).json") }
        return bytes
    }

    /// Names in the directory's three folders that a save leaves only while it runs.
    static func leftovers(_ terek: Terek) -> [String] {
        ["", "progress", "progress/schools"].flatMap { folder -> [String] in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: terek.root.appendingPathComponent(folder).path)) ?? []
            return names.filter { $0.hasPrefix(".") && $0 != WriteLock.fileName }.map { folder + "/" + $0 }
        }
    }

    static func markedSchools(_ terek: Terek) throws -> Int {
        let data = try #require(terek.directory.load().data)
        return schools.filter { data.record(ProgressKey(measure: "8", school: $0))?.status == .done }.count
    }

    static var canChangeFileFlags: Bool {
        guard getuid() == 0 else { return false }
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-chattr-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: probe.path, contents: Data()) else { return false }
        defer { _ = run("/usr/bin/chattr", ["-i", probe.path]); try? FileManager.default.removeItem(at: probe) }
        return run("/usr/bin/chattr", ["+i", probe.path]) == 0
    }

    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        guard FileManager.default.isExecutableFile(atPath: tool) else { return -1 }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test("a school file that may not be replaced refuses the whole change, and a later save keeps every history",
          .enabled(if: canChangeFileFlags, "needs root and chattr"))
    func anImmutableFileRefusesTheWholeChange() throws {
        let terek = try Terek()
        let (data, loaded) = try terek.load()
        let before = try Self.schoolBytes(terek)
        // The fifth of seven in the order the files are written.
        let locked = terek.root.appendingPathComponent("progress/schools/novo-khamidie.json").path
        #expect(Self.run("/usr/bin/chattr", ["+i", locked]) == 0)
        defer { Self.run("/usr/bin/chattr", ["-i", locked]) }

        var snapshot = loaded
        let error = #expect(throws: StoreError.self) {
            try terek.directory.save(Self.markedForAll(data), files: Self.schoolFiles, since: &snapshot)
        }
        #expect(error?.message == "не удалось записать progress/schools/novo-khamidie.json: нет прав доступа")
        #expect(try Self.schoolBytes(terek) == before)
        #expect(Self.leftovers(terek).isEmpty, "\(Self.leftovers(terek))")

        // The refused change is not on disk, so the snapshot still matches
        // the files: a later save of something else writes only that, and
        // erases nobody's history.
        Self.run("/usr/bin/chattr", ["-i", locked])
        var next = data
        next.apply(SafetyMergeTests.entry("Петрова", .done, note: "после отказа"),
                   to: ProgressKey(measure: "8", school: "urozhaynoe"))
        let outcome = try terek.directory.save(next, files: Self.schoolFiles, since: &snapshot)
        #expect(outcome.written == ["progress/schools/urozhaynoe.json"])
        #expect(try Self.markedSchools(terek) == 1)
        let after = try Self.schoolBytes(terek)
        for school in Self.schools where school != "urozhaynoe" { #expect(after[school] == before[school], "\(school)") }
    }

    @Test("a crash at any step leaves the old change or the new one, read whole by the next load",
          arguments: 0...7)
    func aCrashAtAnyRenameIsFinishedByTheNextSave(renamesDone: Int) throws {
        let terek = try Terek()
        let (data, _) = try terek.load()
        let marked = Self.markedForAll(data)
        let encoder = FileEncoder(marked)
        let changes = Self.schools.map { school -> FileTransaction.Change in
            let file = DataFile.progress(school: school)
            return FileTransaction.Change(relative: file.relativePath, bytes: encoder.bytes(for: file))
        }
        var transaction = FileTransaction(rootPath: terek.root.standardizedFileURL.path)
        transaction.crashAfterRenames = renamesDone
        _ = try transaction.commit(changes)
        #expect(Journal.exists(in: terek.root.path))

        // Loading writes nothing and reads the change whole.
        let leftBehind = Self.leftovers(terek)
        #expect(try Self.markedSchools(terek) == 7)
        #expect(OverdueIndexCache(root: terek.root, file: terek.root.deletingLastPathComponent()
            .appendingPathComponent("cache-\(UUID().uuidString)")).cached() == nil)
        #expect(Self.leftovers(terek) == leftBehind)

        // The next save finishes it and cleans up.
        var (reloaded, snapshot) = try terek.load()
        reloaded.apply(SafetyMergeTests.entry("x", .done), to: ProgressKey(measure: "12"))
        _ = try terek.directory.save(reloaded, files: SafetyMergeTests.municipal, since: &snapshot)
        #expect(Self.leftovers(terek).isEmpty, "\(Self.leftovers(terek))")
        for change in changes { #expect(try terek.bytes(change.relative) == Data(change.bytes ?? [])) }
    }

    @Test("a removal is part of the change: read as gone after a crash, put back when the change is taken back",
          arguments: [0, 1, 2])
    func aRemovedFileFollowsTheChange(renamesDone: Int) throws {
        let terek = try Terek()
        let (data, _) = try terek.load()
        var marked = data
        marked.apply(SafetyMergeTests.entry("x", .done), to: ProgressKey(measure: "12"))
        let gone = "progress/schools/verkhniy-kurp.json"
        let kept = try terek.bytes(gone)
        let changes = [
            FileTransaction.Change(relative: "progress/municipal.json",
                                   bytes: FileEncoder(marked).bytes(for: .progress(school: nil))),
            FileTransaction.Change(relative: gone, bytes: nil),
        ]
        var transaction = FileTransaction(rootPath: terek.root.standardizedFileURL.path)
        transaction.crashAfterRenames = renamesDone
        _ = try transaction.commit(changes)
        let report = terek.directory.load()
        #expect(report.data?.record(ProgressKey(measure: "12"))?.status == .done)
        #expect(!report.diagnostics.contains { $0.file == gone }, "\(report.diagnostics)")
        Recovery(rootPath: terek.root.standardizedFileURL.path).settle()
        #expect(!FileManager.default.fileExists(atPath: terek.root.appendingPathComponent(gone).path))
        #expect(Self.leftovers(terek).isEmpty)

        // Taken back whole: the removed file returns byte for byte.
        let journal = try #require(Journal.parse("roadmap journal 1\n\(gone)\t-\t.verkhniy-kurp.json.old-1-a\n"))
        try kept.write(to: terek.root.appendingPathComponent("progress/schools/.verkhniy-kurp.json.old-1-a"))
        Recovery(rootPath: terek.root.standardizedFileURL.path).rollBack(journal.entries)
        #expect(try terek.bytes(gone) == kept)
    }

    @Test("new versions written but no journal yet: the change never counted")
    func aCrashBeforeTheJournalLeavesTheOldFiles() throws {
        let terek = try Terek()
        let before = try Self.schoolBytes(terek)
        for school in Self.schools {
            let target = terek.root.appendingPathComponent("progress/schools/\(school).json").path
            try Data("{\"format\": 1, \"records\": []}\n".utf8)
                .write(to: URL(fileURLWithPath: "\(target.replacingOccurrences(of: "/\(school).json", with: "/.\(school).json")).tmp-42-ab"))
        }
        #expect(try Self.markedSchools(terek) == 0)
        #expect(try Self.schoolBytes(terek) == before)
        var (data, snapshot) = try terek.load()
        data.apply(SafetyMergeTests.entry("x", .done), to: ProgressKey(measure: "12"))
        _ = try terek.directory.save(data, files: SafetyMergeTests.municipal, since: &snapshot)
        #expect(Self.leftovers(terek).isEmpty)
        #expect(try Self.schoolBytes(terek) == before)
    }

    @Test("a journal that names anything but data files and their temporary names is ignored")
    func aPlantedJournalRenamesNothing() throws {
        let terek = try Terek()
        let victim = terek.root.appendingPathComponent("victim.txt")
        try Data("не трогать".utf8).write(to: victim)
        for line in ["victim.txt\t.victim.txt.tmp-1-a\t-",
                     "../outside.json\t.outside.json.tmp-1-a\t-",
                     "measures.json\t../../etc/passwd\t-",
                     "measures.json\t.measures.json.tmp-1-a\t/etc/passwd",
                     "progress/schools/../../measures.json\t.measures.json.tmp-1-a\t-"] {
            #expect(Journal.parse("roadmap journal 1\n\(line)\n") == nil, "\(line)")
        }
        #expect(Journal.parse("roadmap journal 1\nmeasures.json\t.measures.json.tmp-1-a\t.measures.json.old-1-b\n") != nil)
        try terek.write(Journal.fileName, Data("roadmap journal 1\nmeasures.json\t../victim.txt\t-\n".utf8))
        let report = terek.directory.load()
        #expect(report.errors.isEmpty)
        var (data, snapshot) = try terek.load()
        data.apply(SafetyMergeTests.entry("x", .done), to: ProgressKey(measure: "12"))
        _ = try terek.directory.save(data, files: SafetyMergeTests.municipal, since: &snapshot)
        #expect(try Data(contentsOf: victim) == Data("не трогать".utf8))
        #expect(!Journal.exists(in: terek.root.path))
    }

    @Test("on a disk that fills up, every amount of free space gives all seven files or none",
          .enabled(if: getuid() == 0, "needs root to mount a small tmpfs"))
    func aFullDiskGivesAllOrNothing() throws {
        let mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-tmpfs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: mountPoint) }
        try #require(Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint.path]) == 0)
        defer { Self.run("/bin/umount", [mountPoint.path]) }
        let root = mountPoint.appendingPathComponent("data")
        try Samples.install("terek-2022", into: root)
        let directory = DataDirectory(root)
        let filler = mountPoint.appendingPathComponent("filler").path
        let fd = open(filler, O_WRONLY | O_CREAT, 0o644)
        try #require(fd >= 0)
        defer { close(fd) }
        let page = [UInt8](repeating: 0x20, count: 4096)
        var size = 0
        while page.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == 4096 { size += 4096 }

        var outcomes: [String] = []
        for freePages in 0...48 {
            try #require(ftruncate(fd, off_t(max(0, size - freePages * 4096))) == 0)
            let report = directory.load()
            let data = try #require(report.data)
            var snapshot = report.snapshot
            let marked = Self.schools.filter { data.record(ProgressKey(measure: "8", school: $0))?.status == .done }
            #expect(marked.isEmpty, "free pages \(freePages): \(marked.count) of 7 marked after a refused save")
            do {
                _ = try directory.save(Self.markedForAll(data), files: Self.schoolFiles, since: &snapshot)
                outcomes.append("\(freePages): saved")
                break
            } catch {
                #expect(error.message.hasSuffix("на диске нет места"), "\(error.message)")
                outcomes.append("\(freePages): refused")
            }
        }
        print("Свободных страниц → исход: " + outcomes.joined(separator: ", "))
        #expect(outcomes.last?.hasSuffix("saved") == true, "\(outcomes)")
        #expect(outcomes.filter { $0.hasSuffix("refused") }.count >= 3, "\(outcomes)")
        let after = try #require(directory.load().data)
        #expect(Self.schools.allSatisfy { after.record(ProgressKey(measure: "8", school: $0))?.status == .done })
    }
}
