import Foundation
import Testing

/// Files that are not what they seem: a document sent over the data, a
/// pipe where a school's file belongs, a link or a pipe planted as the lock.
/// Each is refused with a Russian message, nothing hangs, nothing is written
/// where it must not be.
@Suite("Safety: documents never land on the data; pipes and links are refused")
struct SafetyFileKindsTests {
    static func sample(_ folder: TemporaryFolder, _ name: String = "t") throws -> String {
        let dir = folder.path(name)
        let result = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        try #require(result.status == 0, "\(result.stderr)")
        return dir
    }

    /// The program under `timeout`: a hang becomes exit 124 instead of a stuck test.
    static func runBounded(_ arguments: [String]) throws -> RoadmapProcess.Result {
        try RoadmapProcess.execute(URL(fileURLWithPath: "/usr/bin/timeout"),
                                   ["20", RoadmapProcess.binary.path] + arguments,
                                   environment: ["XDG_CACHE_HOME": RoadmapProcess.testCache])
    }

    @Test("report and calendar refuse any path inside a data directory, through links too")
    func documentsNeverLandInADataDirectory() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.sample(folder)
        let other = try Self.sample(folder, "другой")
        try FileManager.default.createSymbolicLink(atPath: folder.path("ссылка"), withDestinationPath: dir)
        try FileManager.default.createSymbolicLink(atPath: folder.path("на-файл.json"), withDestinationPath: dir + "/schools.json")
        let before = try folder.snapshot()
        let calls: [(String, [String])] = [
            (dir + "/measures.json", ["report", "--format", "md"]),
            (dir + "/progress/municipal.json", ["calendar"]),
            (dir + "/progress/schools/urozhaynoe.json", ["report", "--format", "csv"]),
            (dir + "/справка.docx", ["report"]),
            (folder.path("ссылка") + "/roadmap.json", ["report", "--format", "html"]),
            (folder.path("на-файл.json"), ["calendar"]),
            (other + "/measures.json", ["report", "--format", "md"]),
        ]
        for (target, call) in calls {
            let result = try RoadmapProcess.run(call + ["--data", dir, "-o", target])
            #expect(result.status == 73, "\(target): \(result.stdout)")
            #expect(result.stderr.contains("— внутри каталога данных"), "\(target): \(result.stderr)")
            #expect(result.stderr.contains("документы записываются вне его, чтобы не испортить данные"), "\(result.stderr)")
        }
        #expect(try folder.snapshot() == before)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path("на-файл.json")) == dir + "/schools.json")

        let beside = try RoadmapProcess.run(["report", "--data", dir, "-o", folder.path("справка.md")])
        #expect(beside.status == 0, "\(beside.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path("справка.md")))
    }

    @Test("a pipe in progress/schools is refused by every reading command, the index check too, without hanging")
    func aPipeAmongTheSchoolFilesHangsNothing() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.sample(folder)
        // A warm index first: its freshness check is what once opened the pipe.
        let warm = try Self.runBounded(["overdue", "--data", dir, "--as-of", "2022-12-31"])
        try #require(warm.status == 0, "\(warm.stderr)")
        #expect(mkfifo(dir + "/progress/schools/pipe.json", 0o644) == 0)
        let day = ["--as-of", "2022-12-31"]
        for call in [["overdue"] + day, ["overdue", "--no-cache"] + day, ["list"] + day, ["validate"], ["history"],
                     ["report", "--format", "md"] + day] {
            let result = try Self.runBounded(call + ["--data", dir])
            #expect(result.status == 65, "\(call): \(result.status) \(result.stderr)")
            // `validate` reports on standard output, the others on standard error.
            #expect((result.stdout + result.stderr).contains("progress/schools/pipe.json: это не обычный файл"),
                    "\(call): \(result.stderr)")
        }
    }

    @Test("a link or a pipe planted as the lock file is refused; what the link points to is untouched")
    func aPlantedLockIsRefused() throws {
        let folder = try TemporaryFolder()
        let dir = try Self.sample(folder)
        let victim = folder.path("чужой-файл.txt")
        try Data("не трогать\n".utf8).write(to: URL(fileURLWithPath: victim))
        try FileManager.default.createSymbolicLink(atPath: dir + "/.roadmap.lock", withDestinationPath: victim)
        let mark = ["mark", "8", "--all-schools", "--status", "done", "--date", "01.03.2022", "--data", dir]
        let before = try folder.snapshot()
        let linked = try Self.runBounded(mark)
        #expect(linked.status == 73, "\(linked.stderr)")
        #expect(linked.stderr.contains("файл блокировки .roadmap.lock в каталоге данных — символическая ссылка; ничего не записано"), "\(linked.stderr)")
        #expect(try folder.snapshot() == before)

        try FileManager.default.removeItem(atPath: dir + "/.roadmap.lock")
        #expect(mkfifo(dir + "/.roadmap.lock", 0o666) == 0)
        let piped = try Self.runBounded(mark)
        #expect(piped.status == 73, "\(piped.stderr)")
        #expect(piped.stderr.contains("файл блокировки .roadmap.lock в каталоге данных — не обычный файл"), "\(piped.stderr)")

        try FileManager.default.removeItem(atPath: dir + "/.roadmap.lock")
        let clean = try Self.runBounded(mark)
        #expect(clean.status == 0, "\(clean.stderr)")
    }
}
