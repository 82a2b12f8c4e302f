import Foundation
import Testing
import RoadmapModel
import RoadmapStore

/// «Nothing lost» with real processes: two coordinators' dashboards, or a
/// dashboard and `roadmap mark`, on one copy of the Терский район sample as
/// of 15 June 2022 (28 overdue). Different measures marked at once both land;
/// the same record marked at once refuses the second save, which names the
/// record and who changed it and shows the first mark; a mark from the
/// command line appears on an open dashboard by itself.
@Suite("Safety: две панели и roadmap mark на одном каталоге (tmux)", .serialized)
struct SafetyTwoDashboardsTests {
    static let asOf = "--as-of 2022-06-15"

    @Test("Разные мероприятия одновременно: обе отметки сохранены, вторая панель учла первую")
    func differentMeasuresAtOnce() throws {
        let first = try TerminalSampleSession(width: 120, height: 30)
        let second = try SecondPerson.session(sharing: first, width: 120, height: 30)
        let noteA = "Анализ планов проведён, справка № 12"
        let noteB = "Диагностика проведена, протокол № 4"
        first.open(Self.asOf)
        second.open(Self.asOf, prefix: SecondPerson.prefix)
        first.expectScreen("Просрочено: 28")
        second.expectScreen("Просрочено: 28")

        Self.openNote(first, row: "5.", downs: 4)
        first.type(noteA)
        // B's editor is open before A saves: B keeps the snapshot of the
        // start (the dashboard does not re-read while a note is typed).
        Self.openNote(second, row: "6.", downs: 5)
        first.press("Enter")
        var screen = first.expectScreen("сохранено, 7 файлов")
        #expect(screen.contains("Просрочено: 21"), "\(screen)")
        second.type(noteB)
        second.press("Enter")

        screen = second.expectScreen("учтены изменения других: 7")
        let status = TerminalSampleSession.line(screen, containing: "учтены") ?? ""
        #expect(status.contains("6. (7 школ): выполнено") && status.contains("сохранено, 7 файлов"), "\(status)")
        #expect(screen.contains("Просрочено: 14"), "\(screen)")
        #expect(Self.timelineRow(screen, "5.")?.contains("✓✓✓") == true, "\(screen)")
        Self.expectOutsideChangeShown(first, overdue: 14)
        // A has re-read B's files all the same: the next key draws them.
        first.press("Escape")
        #expect(first.pane.waitForScreen { $0.contains("Просрочено: 14") }, "\(first.pane.screen())")
        first.quit()
        second.quit()

        // Two logins whenever the tests may switch user: the histories tell the two people apart.
        #expect(SecondPerson.name != LoginName.current || !SecondPerson.available)
        for school in try first.schools() {
            try Self.expectOneMark(first, measure: "5", school: school, note: noteA, by: LoginName.current)
            try Self.expectOneMark(first, measure: "6", school: school, note: noteB, by: SecondPerson.name)
        }
        try Self.expectValid(first)
    }

    @Test("Одна и та же отметка одновременно: вторая отказана красным с именем записи и автора, ничего не записано")
    func sameRecordAtOnce() throws {
        let first = try TerminalSampleSession(width: 120, height: 30)
        // Wide enough for the whole refusal on the status line.
        let second = try SecondPerson.session(sharing: first, width: 250, height: 30)
        let noteA = "Анализ дорожных карт проведён"
        let noteB = "Дополнено: приказ № 7"
        first.open(Self.asOf)
        second.open(Self.asOf, prefix: SecondPerson.prefix)
        first.expectScreen("Просрочено: 28")
        second.expectScreen("Просрочено: 28")

        // Measure 1 is municipal: one record, so one conflict.
        Self.openNote(first, row: "1.", downs: 0)
        Self.openNote(second, row: "1.", downs: 0)
        first.type(noteA)
        second.type("С панели Б")
        first.press("Enter")
        first.expectScreen("сохранено")
        let afterA = try first.snapshot()
        let markA = try #require(try first.progressRecord(measure: "1", school: nil))
        let at = try #require(markA["at"] as? String)

        second.press("Enter")
        let conflict = "не сохранено, тем временем изменено другими: мероприятие 1. — "
            + "\(LoginName.current), «выполнено», \(Timestamp.russian(at)). Ничего не записано — данные перечитаны"
        var screen = second.expectScreen("данные перечитаны")
        let status = TerminalSampleSession.line(screen, containing: "данные перечитаны") ?? ""
        #expect(status.hasPrefix(" " + conflict) || status.hasPrefix(conflict), "\(status)")
        #expect(Self.isRed(second, line: "данные перечитаны"), "\(second.pane.screen(escapes: true))")
        // The refused mark is not kept: B now shows A's.
        #expect(screen.contains("Просрочено: 27"), "\(screen)")
        #expect(Self.timelineRow(screen, "1.")?.contains("✓") == true, "\(screen)")
        #expect(try first.snapshot() == afterA, "a refused save writes nothing, not even a temporary file")
        try Self.expectHistory(first, measure: "1", school: nil, notes: [noteA], by: [LoginName.current])

        // B marks again on what it now sees: accepted, after A's entry.
        second.type("d")
        second.expectScreen("Отметка о выполнении: \(noteA)")
        second.press("C-u")
        second.type(noteB)
        second.expectScreen("Отметка о выполнении: \(noteB)")
        second.press("Enter")
        screen = second.expectScreen("— сохранено")
        let saved = TerminalSampleSession.line(screen, containing: "— сохранено") ?? ""
        #expect(!saved.contains("учтены") && !saved.contains("не сохранено"), "\(saved)")
        #expect(screen.contains("Просрочено: 27"), "\(screen)")
        first.quit()
        second.quit()
        try Self.expectHistory(first, measure: "1", school: nil, notes: [noteA, noteB],
                               by: [LoginName.current, SecondPerson.name])
        #expect(try first.progressRecord(measure: "1", school: nil)?["note"] as? String == noteB)
        try Self.expectValid(first)
    }

    @Test("Панель и roadmap mark одновременно: панель сама показывает чужую отметку, затем обе в файлах")
    func dashboardAndMarkAtOnce() throws {
        // The owner's pane only holds the folder; the dashboard is the other login's.
        let owner = try TerminalSampleSession(width: 10, height: 5)
        let dashboard = try SecondPerson.session(sharing: owner, width: 120, height: 30)
        let noteCLI = "Диагностика 9 классов проведена"
        let noteDashboard = "Справка по итогам диагностики"
        dashboard.open(Self.asOf, prefix: SecondPerson.prefix)
        dashboard.expectScreen("Просрочено: 28")

        let mark = try RoadmapProcess.run(["mark", "7", "--all-schools", "--status", "done", "--note", noteCLI,
                                           "--date", "10.06.2022", "--data", owner.data.path])
        #expect(mark.status == 0, "\(mark.stderr)")
        Self.expectOutsideChangeShown(dashboard, overdue: 21)

        Self.openNote(dashboard, row: "6.", downs: 5)
        dashboard.type(noteDashboard)
        dashboard.press("Enter")
        let screen = dashboard.expectScreen("сохранено, 7 файлов")
        #expect(screen.contains("Просрочено: 14"), "\(screen)")
        #expect(Self.timelineRow(screen, "7.")?.contains("✓✓") == true, "\(screen)")
        // The dashboard had already re-read the mark: its save had nothing to merge.
        #expect(!(TerminalSampleSession.line(screen, containing: "сохранено") ?? "").contains("учтены"), "\(screen)")
        dashboard.quit()

        for school in try owner.schools() {
            try Self.expectOneMark(owner, measure: "7", school: school, note: noteCLI, by: LoginName.current)
            try Self.expectOneMark(owner, measure: "6", school: school, note: noteDashboard, by: SecondPerson.name)
        }
        try Self.expectValid(owner)
    }

    // MARK: - Steps and checks

    /// Within about two seconds, without a key pressed, the dashboard names
    /// the files changed outside and draws the new overdue count.
    static func expectOutsideChangeShown(_ session: TerminalSampleSession, overdue: Int,
                                         sourceLocation: SourceLocation = #_sourceLocation) {
        let started = Date()
        let seen = session.pane.waitForScreen(seconds: 2.5) {
            $0.contains("изменено вне панели: progress/schools/") && $0.contains("Просрочено: \(overdue)")
        }
        #expect(seen, "через \(Date().timeIntervalSince(started)) с:\n\(session.pane.screen())",
                sourceLocation: sourceLocation)
    }

    /// The timeline's row of a measure (not the overdue list's).
    static func timelineRow(_ screen: String, _ number: String) -> String? {
        TerminalSampleSession.line(screen, containing: "│ \(number) ") ?? TerminalSampleSession.line(screen, containing: "│▸\(number) ")
    }

    /// Home, `downs` rows down to the measure, Space: the note editor is open.
    static func openNote(_ session: TerminalSampleSession, row: String, downs: Int,
                         sourceLocation: SourceLocation = #_sourceLocation) {
        session.press("Home")
        for _ in 0..<downs { session.press("Down") }
        session.expectScreen("▸\(row)", sourceLocation: sourceLocation)
        session.press("Space")
        session.expectScreen("Отметка о выполнении:", sourceLocation: sourceLocation)
    }

    static func expectOneMark(_ session: TerminalSampleSession, measure: String, school: String,
                              note: String, by: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let record = try #require(try session.progressRecord(measure: measure, school: school),
                                  "\(measure) в \(school)", sourceLocation: sourceLocation)
        #expect(record["status"] as? String == "done", "\(measure) в \(school)", sourceLocation: sourceLocation)
        try expectHistory(session, measure: measure, school: school, notes: [note], by: [by], sourceLocation: sourceLocation)
    }

    /// The history in order: its notes and who wrote each entry.
    static func expectHistory(_ session: TerminalSampleSession, measure: String, school: String?,
                              notes: [String], by: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let record = try #require(try session.progressRecord(measure: measure, school: school), sourceLocation: sourceLocation)
        let history = record["history"] as? [[String: Any]] ?? []
        #expect(history.map { $0["note"] as? String } == notes, "\(measure) в \(school ?? "районе")",
                sourceLocation: sourceLocation)
        #expect(history.map { $0["by"] as? String } == by, "\(measure) в \(school ?? "районе")",
                sourceLocation: sourceLocation)
    }

    static func expectValid(_ session: TerminalSampleSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try RoadmapProcess.run(["validate", "--data", session.data.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)", sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: session.data.appendingPathComponent(WriteLock.fileName).path),
                sourceLocation: sourceLocation)
    }

    /// The screen line holding `text` is drawn in the error role: on red
    /// (256 colours: background 160; 8 colours: 41).
    static func isRed(_ session: TerminalSampleSession, line text: String) -> Bool {
        let line = TerminalSampleSession.line(session.pane.screen(escapes: true), containing: text) ?? ""
        return line.components(separatedBy: "\u{1B}[").contains { sequence in
            guard let end = sequence.firstIndex(of: "m") else { return false }
            let parameters = ";" + sequence[..<end] + ";"
            return parameters.contains(";48;5;160;") || parameters.contains(";41;")
        }
    }
}

/// The second person at the shared folder. As root the tests run that
/// dashboard as `nobody` (through `setpriv`), so every history entry names
/// one of two logins, as in an office; otherwise both are the same login.
enum SecondPerson {
    static let prefix = available ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : ""
    static let name = available ? "nobody" : LoginName.current

    static let available: Bool = {
        let setpriv = "/usr/bin/setpriv"
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: setpriv) else { return false }
        let probe = Spawn.run(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups",
                                        TerminalFixture.binary.path, "--help"], captureOutput: false)
        return probe.status == 0
    }()

    /// A second pane on `other`'s folder, opened so the other login may
    /// write there (as a shared folder for a department would be).
    static func session(sharing other: TerminalSampleSession, width: Int, height: Int) throws -> TerminalSampleSession {
        if available {
            let made = Spawn.run("/bin/chmod", ["-R", "a+rwX", other.data.path], captureOutput: false)
            guard made.status == 0 else { throw TmuxFailure(message: "chmod: код \(made.status)") }
        }
        return try TerminalSampleSession(sharing: other, width: width, height: height)
    }
}

extension TerminalSampleSession {
    /// The progress record of a measure: in its school's file, or in
    /// `progress/municipal.json` when `school` is nil.
    func progressRecord(measure: String, school: String?) throws -> [String: Any]? {
        if let school { return try record(measure: measure, school: school) }
        let url = data.appendingPathComponent("progress/municipal.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let records = object?["records"] as? [[String: Any]] ?? []
        return records.first { $0["measure"] as? String == measure }
    }

    /// The school ids, one progress file each.
    func schools() throws -> [String] {
        let folder = data.appendingPathComponent("progress/schools")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }
}
