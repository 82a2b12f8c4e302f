import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// Real processes on one data directory: parallel `roadmap mark` calls on
/// the same and on different measures lose nothing (the write lock orders
/// them); a dashboard-like holder of a snapshot merges a `mark` made
/// meanwhile; a held lock is refused naming its holder; read-only commands
/// never write, even as a user who may not.
@Suite("Safety: concurrent processes")
struct SafetyConcurrencyTests {
    static func terek(_ folder: TemporaryFolder) throws -> String {
        let dir = folder.path("t")
        let result = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        try #require(result.status == 0, "\(result.stderr)")
        return dir
    }

    /// Starts every call at once and waits for all of them.
    static func runTogether(_ calls: [[String]], environment: [String: String] = [:]) -> [RoadmapProcess.Result] {
        let results = ResultSlots(count: calls.count)
        DispatchQueue.concurrentPerform(iterations: calls.count) { i in
            results.set(i, (try? RoadmapProcess.run(calls[i], environment: environment))
                ?? RoadmapProcess.Result(status: -1, stdout: "", stderr: "не запущен"))
        }
        return results.values
    }

    @Test func parallelMarksOnTheSameAndOnDifferentMeasuresAllLand() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.terek(folder)
        var calls: [[String]] = []
        for i in 1...8 {
            calls.append(["mark", "11", "--data", dir, "--status", "in-progress", "--note", "одна и та же \(i)", "--by", "Процесс \(i)"])
        }
        let different: [[String]] = [
            ["mark", "12", "--data", dir, "--status", "done", "--date", "01.03.2022", "--note", "двенадцать"],
            ["mark", "14", "--data", dir, "--status", "done", "--date", "01.03.2022", "--note", "четырнадцать"],
            ["mark", "15", "--data", dir, "--status", "not-done", "--note", "пятнадцать"],
            ["mark", "2", "--school", "urozhaynoe", "--data", dir, "--status", "done", "--date", "01.03.2022", "--note", "Урожайное"],
            ["mark", "2", "--school", "khamidie", "--data", dir, "--status", "done", "--date", "01.03.2022", "--note", "Хамидие"],
            ["mark", "2", "--all-schools", "--data", dir, "--status", "in-progress", "--note", "все школы"],
        ]
        let results = Self.runTogether(calls + different)
        for result in results { #expect(result.status == 0, "\(result.stderr)") }

        let data = try #require(DataDirectory(URL(fileURLWithPath: dir)).load().data)
        let same = try #require(data.record(ProgressKey(measure: "11")))
        #expect(Set(same.history.compactMap(\.note)) == Set((1...8).map { "одна и та же \($0)" }))
        #expect(Set(same.history.map(\.by)) == Set((1...8).map { "Процесс \($0)" }))
        #expect(data.record(ProgressKey(measure: "12"))?.note == "двенадцать")
        #expect(data.record(ProgressKey(measure: "14"))?.note == "четырнадцать")
        #expect(data.record(ProgressKey(measure: "15"))?.note == "пятнадцать")
        let urozhaynoe = try #require(data.record(ProgressKey(measure: "2", school: "urozhaynoe")))
        #expect(Set(urozhaynoe.history.compactMap(\.note)) == ["Урожайное", "все школы"])
        #expect(data.record(ProgressKey(measure: "2", school: "verkhniy-kurp"))?.note == "все школы")
        #expect(!FileManager.default.fileExists(atPath: dir + "/" + WriteLock.fileName))
        #expect(try RoadmapProcess.run(["validate", "--data", dir]).status == 0)
    }

    @Test func aHeldSnapshotMergesAMarkMadeMeanwhileAndRefusesTheSameRecord() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.terek(folder)
        let directory = DataDirectory(URL(fileURLWithPath: dir))
        let report = directory.load()
        var dashboard = try #require(report.data)
        var snapshot = report.snapshot

        let mark = try RoadmapProcess.run(["mark", "11", "--data", dir, "--status", "done", "--date", "01.03.2022",
                                           "--note", "из командной строки", "--by", "Иванова"])
        #expect(mark.status == 0, "\(mark.stderr)")

        dashboard.apply(HistoryEntry(at: "2022-03-02T10:00:00+03:00", by: "Петрова", status: .done, note: "с панели"),
                        to: ProgressKey(measure: "12"))
        let outcome = try directory.save(dashboard, files: [.progress(school: nil)], since: &snapshot)
        #expect(outcome.takenFromOthers == [ProgressKey(measure: "11")])
        var onDisk = try #require(directory.load().data)
        #expect(onDisk.record(ProgressKey(measure: "11"))?.note == "из командной строки")
        #expect(onDisk.record(ProgressKey(measure: "12"))?.note == "с панели")

        let again = try RoadmapProcess.run(["mark", "11", "--data", dir, "--status", "not-done", "--note", "передумали"])
        #expect(again.status == 0)
        dashboard = outcome.data
        dashboard.apply(HistoryEntry(at: "2022-03-03T10:00:00+03:00", by: "Петрова", status: .cancelled),
                        to: ProgressKey(measure: "11"))
        #expect(throws: StoreError.self) {
            try directory.save(dashboard, files: [.progress(school: nil)], since: &snapshot)
        }
        onDisk = try #require(directory.load().data)
        #expect(onDisk.record(ProgressKey(measure: "11"))?.note == "передумали")
        #expect(onDisk.record(ProgressKey(measure: "11"))?.history.count == 2)
    }

    @Test func aHeldLockIsRefusedNamingHostPidAndSince() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.terek(folder)
        let before = try folder.snapshot()
        let lock = try DataDirectory(URL(fileURLWithPath: dir)).lockForWriting(who: "Шидукова Л.П.")
        defer { lock.release() }
        let result = try RoadmapProcess.run(["mark", "11", "--data", dir, "--status", "done"],
                                            environment: ["ROADMAP_LOCK_WAIT_MS": "200"])
        #expect(result.status == 75)
        let host = ProcessInfo.processInfo.hostName
        #expect(result.stderr.hasPrefix("Не сохранено: каталог данных занят: сейчас в него записывает «Шидукова Л.П.», компьютер \(host), процесс \(getpid()), с 20"),
                "\(result.stderr)")
        var after = try folder.snapshot()
        after[dir + "/" + WriteLock.fileName] = nil
        #expect(after == before)
    }

    @Test func readOnlyCommandsNeverWriteNorLock() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.terek(folder)
        _ = try RoadmapProcess.run(["mark", "11", "--data", dir, "--status", "done", "--date", "01.03.2022"])
        let before = try folder.snapshot()
        let modified = try FileManager.default.attributesOfItem(atPath: dir)[.modificationDate] as? Date
        for call in [["overdue", "--as-of", "2022-12-31"], ["list"], ["validate"], ["history"], ["history", "11", "--format", "json"]] {
            let result = try RoadmapProcess.run(call + ["--data", dir])
            #expect(result.status == 0, "\(call): \(result.stderr)")
        }
        #expect(try folder.snapshot() == before)
        #expect(try FileManager.default.attributesOfItem(atPath: dir)[.modificationDate] as? Date == modified)
    }

    /// Root reads and writes everything, so the read-only directory is
    /// tried as `nobody` (with `setpriv`): reading works, marking is refused
    /// with the reason, and nothing changes.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aReadOnlyDirectoryServesEveryReadingCommand() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.terek(folder)
        let before = try folder.snapshot()
        try Self.chmod(folder.url.path, directories: 0o555, files: 0o444)
        defer { try? Self.chmod(folder.url.path, directories: 0o755, files: 0o644) }
        let binary = RoadmapProcess.binary.path
        guard try RoadmapProcess.runAs(nobody: binary, ["--help"]).status == 0 else {
            Issue.record("the built program is not reachable for nobody: \(binary)")
            return
        }
        for call in [["overdue", "--as-of", "2022-12-31"], ["list"], ["validate"], ["history"]] {
            let result = try RoadmapProcess.runAs(nobody: binary, call + ["--data", dir])
            #expect(result.status == 0, "\(call): \(result.stderr)")
        }
        let mark = try RoadmapProcess.runAs(nobody: binary, ["mark", "11", "--data", dir, "--status", "done"])
        #expect(mark.status == 73)
        #expect(mark.stderr == "Не сохранено: в каталог данных нельзя записывать: нет прав доступа (файл блокировки .roadmap.lock)\n")
        try Self.chmod(folder.url.path, directories: 0o755, files: 0o644)
        #expect(try folder.snapshot() == before)
    }

    /// Two logins on one shared folder: the lock file belongs to whoever
    /// saves now, and the other may only read it. `nobody` waits for root's
    /// held lock and then saves; a file left by a killed root process is
    /// replaced by nobody's own.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func anotherLoginsLockIsWaitedForAndItsLeftoverReplaced() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.terek(folder)
        try Self.chmod(dir, directories: 0o777, files: 0o666)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: dir)
        let binary = RoadmapProcess.binary.path
        let lock = try DataDirectory(URL(fileURLWithPath: dir)).lockForWriting(who: "Шидукова Л.П.")
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { lock.release() }
        let waited = try RoadmapProcess.runAs(nobody: binary, ["mark", "11", "--data", dir, "--status", "done", "--note", "после ожидания", "--date", "2022-06-15"])
        #expect(waited.status == 0, "\(waited.stderr)")

        let leftover = dir + "/" + WriteLock.fileName
        try "host: другой\npid: 1\n".write(toFile: leftover, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: leftover)
        let replaced = try RoadmapProcess.runAs(nobody: binary, ["mark", "12", "--data", dir, "--status", "done", "--note", "после чужого файла", "--date", "2022-06-15"])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(!FileManager.default.fileExists(atPath: leftover))
        let data = try #require(DataDirectory(URL(fileURLWithPath: dir)).load().data)
        #expect(data.record(ProgressKey(measure: "11"))?.note == "после ожидания")
        #expect(data.record(ProgressKey(measure: "12"))?.note == "после чужого файла")
        #expect(data.record(ProgressKey(measure: "12"))?.by == "nobody")
    }

    static func chmod(_ root: String, directories: Int, files: Int) throws {
        let manager = FileManager.default
        for path in try manager.subpathsOfDirectory(atPath: root) {
            let full = root + "/" + path
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: full, isDirectory: &isDirectory)
            try manager.setAttributes([.posixPermissions: isDirectory.boolValue ? directories : files], ofItemAtPath: full)
        }
    }
}

extension RoadmapProcess {
    /// Runs the program as the user `nobody` through `setpriv`.
    static func runAs(nobody binary: String, _ arguments: [String]) throws -> Result {
        try execute(URL(fileURLWithPath: "/usr/bin/setpriv"),
                    ["--reuid=65534", "--regid=65534", "--clear-groups", binary] + arguments)
    }
}

/// One slot per parallel call, each written by one iteration only.
final class ResultSlots: @unchecked Sendable {
    private var slots: [RoadmapProcess.Result?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: RoadmapProcess.Result) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    var values: [RoadmapProcess.Result] { slots.compactMap { $0 } }
}
