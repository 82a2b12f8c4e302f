import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// Three coordinators over the real git protocol (`git daemon` on
/// 127.0.0.1): thirty rounds of random marks on every machine, syncs in a
/// random order, then every machine holds the same files, every mark is in
/// the history, and the data passes `validate`.
@Suite("Sync through git: three coordinators")
struct SyncThreeCoordinatorsTests {
    static let rounds = 30

    @Test func thirtyRoundsOfMarksEndIdenticalWithEveryMarkInHistory() throws {
        let server = try GitServer(network: true)
        let folder = try TemporaryFolder()
        let clones = ["a", "b", "c"].map { folder.path($0) }
        _ = try RoadmapProcess.run(["init", clones[0], "--sample", "terek-2022"])
        let first = try RoadmapProcess.run(["sync", "--data", clones[0], "--remote", server.url])
        try #require(first.status == 0, "\(first.stderr)")
        for clone in clones.dropFirst() {
            let made = try RoadmapProcess.run(["init", clone, "--from", server.url])
            try #require(made.status == 0, "\(made.stderr)")
        }
        var random = SystemRandomNumberGenerator()
        var marks: Set<String> = []
        var resolved = 0, merges = 0

        for round in 1...Self.rounds {
            for (index, clone) in clones.enumerated() {
                for n in 0..<Int.random(in: 1...2, using: &random) {
                    let by = "Координатор \(index + 1)", note = "раунд \(round), \(by), \(n)"
                    let result = try RoadmapProcess.run(["mark", "--data", clone]
                        + SyncMarkTargets.random(note: note, by: by, using: &random))
                    try #require(result.status == 0, "раунд \(round): \(result.stderr)")
                    marks.insert(by + " | " + note)
                }
            }
            for clone in clones.shuffled(using: &random) {
                let sync = try RoadmapProcess.run(["sync", "--data", clone, "--format", "json"])
                try #require(sync.status == 0, "раунд \(round): \(sync.stderr)")
                let report = try JSONSerialization.jsonObject(with: Data(sync.stdout.utf8)) as? [String: Any]
                resolved += (report?["resolved"] as? [Any])?.count ?? 0
                if report?["merge"] as? String == "merged" { merges += 1 }
            }
        }
        // Everyone pulls what the last ones sent.
        for clone in clones + clones {
            let sync = try RoadmapProcess.run(["sync", "--data", clone])
            try #require(sync.status == 0, "\(sync.stderr)")
        }
        let files = try DataFiles.of(clones[0])
        let heads = try clones.map { try Git.text($0, ["rev-parse", "HEAD"]) }
        for clone in clones.dropFirst() { #expect(try DataFiles.of(clone) == files, "\(clone)") }
        #expect(Set(heads).count == 1, "\(heads)")
        for clone in clones {
            let validate = try RoadmapProcess.run(["validate", "--data", clone])
            #expect(validate.status == 0, "\(validate.stdout) \(validate.stderr)")
        }
        let data = try #require(DataDirectory(URL(fileURLWithPath: clones[0])).load().data)
        let history = Set(data.allRecords.flatMap(\.history).compactMap { entry in entry.note.map { entry.by + " | " + $0 } })
        #expect(marks.subtracting(history).isEmpty, "потеряны \(marks.subtracting(history).sorted())")
        #expect(merges > 0, "ни одного слияния — проверка ничего не проверила")
        print("Синхронизация, три координатора: отметок \(marks.count), слияний \(merges), записей по правилу \(resolved)")
    }
}
