import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// The dashboard killed with SIGKILL while it saves a mark, hundreds of
/// times, in a real terminal: each round opens it on the same directory,
/// marks a measure done with a note (one municipal record, or the seven
/// schools' records of measure 5 — seven files), and kills it at a random
/// moment around the save, which `ROADMAP_TEST_SLOW_SAVE` stretches so many
/// kills land inside a file being written. After every kill the directory
/// loads, every record of the measure holds its old state or the old one
/// plus this round's entry — all seven schools' records or none of them —
/// and nothing else changed.
@Suite("Safety: SIGKILL of the dashboard while it saves (tmux)", .serialized)
struct SafetyDashboardCrashTests {
    static let rounds = 200

    /// Keys from the top of the timeline to a measure, and its id.
    static let targets: [(keys: [String], measure: String, records: Int)] = [
        (["Home"], "1", 1),
        (["Home", "Down", "Down", "Down", "Down"], "5", 7),
    ]

    @Test func killedWhileSavingEveryRecordIsOldOrNew() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path("t")
        _ = try RoadmapProcess.run(["init", dir, "--sample", "terek-2022"])
        let directory = DataDirectory(URL(fileURLWithPath: dir))
        var expected = try #require(directory.load().data)
        let pane = try TmuxPane(width: 100, height: 30)
        var random = SystemRandomNumberGenerator()
        var tally = Tally()

        for round in 0..<Self.rounds {
            let target = Self.targets[round % Self.targets.count]
            let note = "прогон \(round)"
            guard let pid = Self.openDashboard(pane, on: dir) else { break }
            for key in target.keys { pane.send(key) }
            // The editor opens with the measure's current note: End, Ctrl-U clears it.
            pane.send("d")
            pane.send("End")
            pane.send("C-u")
            pane.send(note, literal: true)
            // Every key read before Enter: the kill then times the save
            // itself, not how busy the machine is.
            guard pane.waitForScreen({ $0.contains("Отметка о выполнении: \(note)") }) else {
                Issue.record("прогон \(round): заметка не набрана:\n\(pane.screen())")
                break
            }
            pane.send("Enter")
            // Seven slowed files and the journal take longer: the kill may
            // land before, inside or after any step of the change.
            usleep(UInt32.random(in: 0...(target.records > 1 ? 300_000 : 120_000), using: &random))
            kill(pid, SIGKILL)
            tally.leftovers.formUnion(SafetyCrashTests.temporaryFiles(dir))

            let report = directory.load()
            try #require(report.errors.isEmpty, "после прогона \(round): \(report.errors)")
            let data = try #require(report.data)
            let changed = Self.check(data, against: expected, measure: target.measure, note: note, round: round)
            for key in changed { expected.restore(data.record(key), for: key) }
            #expect(changed.isEmpty || changed.count == target.records,
                    "прогон \(round): изменено \(changed.count) записей из \(target.records) — половина изменения")
            tally.count(changed: changed.count, of: target.records)
            #expect(data == expected, "прогон \(round): изменилось не то")
            if data != expected { break }
        }
        pane.kill()
        print("Панель убита SIGKILL во время сохранения: \(Self.rounds) раз, каталог цел после каждого; " +
              "прогонов с записями в новом состоянии: \(tally.roundsWithNew) (записей: \(tally.records); " +
              "изменений в семи файлах целиком: \(tally.wholeMultiFile)); " +
              "временных файлов после убийства (убита внутри записи): \(tally.leftovers.count)")
        #expect(tally.roundsWithNew >= Self.rounds / 10, "отметки почти не доходили до файлов: \(tally.roundsWithNew)")
        #expect(tally.roundsWithNew < Self.rounds, "ни одно убийство не пришлось до конца сохранения")
        #expect(!tally.leftovers.isEmpty, "ни одно убийство не попало в запись файла")
        #expect(tally.wholeMultiFile > 0, "ни одно изменение семи файлов не дошло до конца")

        let final = try RoadmapProcess.run(["mark", "14", "--data", dir, "--status", "done", "--date", "01.03.2022"])
        #expect(final.status == 0, "\(final.stderr)")
        #expect(SafetyCrashTests.temporaryFiles(dir).isEmpty)
        #expect(try RoadmapProcess.run(["validate", "--data", dir]).status == 0)
    }

    struct Tally {
        var roundsWithNew = 0
        var records = 0
        var leftovers: Set<String> = []
        /// Rounds whose seven-file change landed whole.
        var wholeMultiFile = 0

        mutating func count(changed: Int, of records: Int) {
            if changed > 0 { roundsWithNew += 1 }
            if changed > 1, changed == records { wholeMultiFile += 1 }
            self.records += changed
        }
    }

    /// Starts the dashboard in the pane and waits for its first frame; the
    /// pid is the dashboard's own (`exec`), checked before it is killed.
    static func openDashboard(_ pane: TmuxPane, on dir: String) -> pid_t? {
        let binary = TerminalFixture.binary.path
        let pid = pane.respawn("exec env ROADMAP_TEST_SLOW_SAVE=15 '\(binary)' --data '\(dir)' --as-of 2022-06-15")
        let opened = pane.waitForScreen { $0.contains("Просрочено:") }
        let name = pid.flatMap { try? String(contentsOfFile: "/proc/\($0)/comm", encoding: .utf8) }
        #expect(opened && name == "roadmap\n", "панель не открылась (процесс \(String(describing: pid))):\n\(pane.screen())")
        return opened && name == "roadmap\n" ? pid : nil
    }

    /// The keys whose record changed this round. Each must belong to the
    /// marked measure and hold the old history plus exactly this round's
    /// entry: done, with the round's note, by one and the same person.
    static func check(_ data: RoadmapData, against old: RoadmapData, measure: String, note: String, round: Int) -> [ProgressKey] {
        let keys = Set(data.allRecords.map(\.key)).union(old.allRecords.map(\.key))
        let changed = keys.filter { data.record($0) != old.record($0) }.sorted()
        for key in changed {
            let history = data.record(key)?.history ?? []
            #expect(key.measure == measure, "прогон \(round): изменена запись другого мероприятия \(key)")
            #expect(history.dropLast().elementsEqual(old.record(key)?.history ?? []), "прогон \(round): история \(key) переписана")
            #expect(history.last?.note == note && history.last?.status == .done, "прогон \(round): чужое состояние \(key)")
            #expect(history.last?.by.isEmpty == false, "прогон \(round): нет автора \(key)")
        }
        return changed
    }
}
