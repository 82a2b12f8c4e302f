import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// Hundreds of `roadmap mark` runs killed with SIGKILL at random moments,
/// many of them halfway through writing (`ROADMAP_TEST_SLOW_SAVE` pauses in
/// the middle of the temporary file). After every kill the directory loads
/// without an error, every record holds its old or its new state (its
/// history the old one or the old one plus this run's entry), and the other
/// records are untouched. Leftover temporary files are removed by the next
/// save.
@Suite("Safety: SIGKILL during marks")
struct SafetyCrashTests {
    static let runs = 300

    /// The records the runs take turns on: municipal, per school, recurring,
    /// and one measure for all seven schools — seven files in one change.
    static let targets: [(arguments: [String], keys: [ProgressKey])] = [
        (["11"], [ProgressKey(measure: "11")]),
        (["12"], [ProgressKey(measure: "12")]),
        (["2", "--school", "urozhaynoe"], [ProgressKey(measure: "2", school: "urozhaynoe")]),
        (["18", "--occurrence", "15.03.2022"], [ProgressKey(measure: "18", occurrence: Day(year: 2022, month: 3, day: 31))]),
        (["8", "--all-schools"], ["khamidie", "krasnoarmeyskoe", "nizhniy-kurp", "novaya-balkariya", "novo-khamidie",
                                  "urozhaynoe", "verkhniy-kurp"].map { ProgressKey(measure: "8", school: $0) }),
    ]

    @Test func killedMarksLeaveEveryRecordOldOrNew() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        let directory = DataDirectory(URL(fileURLWithPath: dir))
        var expected = try #require(directory.load().data)
        var random = SystemRandomNumberGenerator()
        var killed = 0, completed = 0, newState = 0
        var leftovers: Set<String> = []

        for run in 0..<Self.runs {
            let target = Self.targets[run % Self.targets.count]
            let note = "прогон \(run)"
            let process = Process()
            process.executableURL = RoadmapProcess.binary
            process.arguments = ["mark"] + target.arguments + ["--data", dir, "--status", run % 2 == 0 ? "done" : "in-progress",
                                                                "--note", note, "--date", "01.03.2022", "--by", "Проверка"]
            process.environment = ["ROADMAP_TEST_SLOW_SAVE": "15", "PATH": "/usr/bin:/bin"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Seven slowed files take longer: the kill may land in any of them.
            usleep(UInt32.random(in: 0...(target.keys.count > 1 ? 150_000 : 60_000), using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killed += 1 } else { completed += 1 }
            leftovers.formUnion(Self.temporaryFiles(dir))

            let report = directory.load()
            try #require(report.errors.isEmpty, "после прогона \(run): \(report.errors)")
            let data = try #require(report.data)
            let changed = target.keys.filter { data.record($0) != expected.record($0) }
            #expect(changed.isEmpty || changed.count == target.keys.count,
                    "прогон \(run): изменено \(changed.count) записей из \(target.keys.count) — половина изменения")
            for key in changed {
                let history = try #require(data.record(key)?.history, "прогон \(run): запись пропала")
                #expect(history.dropLast().elementsEqual(expected.record(key)?.history ?? []), "прогон \(run): история переписана")
                #expect(history.last?.note == note, "прогон \(run): чужое состояние")
                expected.restore(data.record(key), for: key)
                newState += 1
            }
            #expect(data == expected, "прогон \(run): изменилось не то")
            if data != expected { break }
        }
        print("Прогонов: \(Self.runs); убито SIGKILL и пережито: \(killed), завершились сами: \(completed); записей в новом состоянии: \(newState); временных файлов после убийства (убит внутри записи): \(leftovers.count)")
        #expect(killed >= Self.runs / 2, "слишком мало убийств: \(killed)")
        #expect(!leftovers.isEmpty, "ни одно убийство не попало в запись файла")

        let final = try RoadmapProcess.run(["mark", "14", "--data", dir, "--status", "done", "--date", "01.03.2022"])
        #expect(final.status == 0, "\(final.stderr)")
        #expect(Self.temporaryFiles(dir).isEmpty)
        #expect(try RoadmapProcess.run(["validate", "--data", dir]).status == 0)
    }

    static func temporaryFiles(_ dir: String) -> [String] {
        ["", "/progress", "/progress/schools"].flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: dir + folder)) ?? []).filter {
                $0.contains(".tmp-") || $0.contains(".old-") || $0 == ".roadmap.journal"
            }
        }
    }
}
