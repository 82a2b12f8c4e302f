import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// `roadmap sync` over `git daemon`, killed with SIGKILL at random moments
/// (committing, fetching, merging, pushing) fifty times: each time the next
/// sync completes, and in the end both machines hold the same files with
/// every mark in the history.
@Suite("Sync through git: SIGKILL")
struct SyncKillTests {
    static let kills = 50

    @Test func aKilledSyncIsFinishedByTheNextAndNothingIsLost() throws {
        let server = try GitServer(network: true)
        let folder = try TemporaryFolder()
        let a = folder.path("a"), b = folder.path("b")
        _ = try RoadmapProcess.run(["init", a, "--sample", "terek-2022"])
        try #require(try RoadmapProcess.run(["sync", "--data", a, "--remote", server.url]).status == 0)
        try #require(try RoadmapProcess.run(["init", b, "--from", server.url]).status == 0)
        var random = SystemRandomNumberGenerator()
        var marks: Set<String> = []
        var killed = 0

        for run in 1...Self.kills {
            for (clone, by) in [(a, "Первая"), (b, "Вторая")] {
                let note = "прогон \(run), \(by)"
                let mark = try RoadmapProcess.run(["mark", "--data", clone] + SyncMarkTargets.random(note: note, by: by, using: &random))
                try #require(mark.status == 0, "\(mark.stderr)")
                marks.insert(by + " | " + note)
            }
            // Every other time the server is ahead, so the killed sync merges.
            if run % 2 == 0 { try #require(try RoadmapProcess.run(["sync", "--data", b]).status == 0) }
            if try Self.killedSync(a, after: UInt32.random(in: 0...600_000, using: &random)) { killed += 1 }
            let next = try RoadmapProcess.run(["sync", "--data", a])
            try #require(next.status == 0, "прогон \(run): после SIGKILL: \(next.stderr)")
        }
        for clone in [b, a, b] { try #require(try RoadmapProcess.run(["sync", "--data", clone]).status == 0) }
        #expect(try DataFiles.of(a) == DataFiles.of(b), "")
        #expect(try Git.text(a, ["status", "--porcelain"]).isEmpty, "")
        #expect(!FileManager.default.fileExists(atPath: a + "/.git/MERGE_HEAD"))
        #expect(try RoadmapProcess.run(["validate", "--data", a]).status == 0)
        let data = try #require(DataDirectory(URL(fileURLWithPath: a)).load().data)
        let history = Set(data.allRecords.flatMap(\.history).compactMap { entry in entry.note.map { entry.by + " | " + $0 } })
        #expect(marks.subtracting(history).isEmpty, "потеряны \(marks.subtracting(history).sorted())")
        print("Синхронизация под SIGKILL: убито \(killed) из \(Self.kills), отметок \(marks.count)")
        #expect(killed >= Self.kills / 3, "слишком мало убийств: \(killed)")
    }

    /// Starts `roadmap sync` and kills it after `microseconds`; true when
    /// the kill landed before it finished.
    static func killedSync(_ dir: String, after microseconds: UInt32) throws -> Bool {
        let process = Process()
        process.executableURL = RoadmapProcess.binary
        process.arguments = ["sync", "--data", dir]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        usleep(microseconds)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal
    }
}
