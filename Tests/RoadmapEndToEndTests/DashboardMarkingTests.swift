import Foundation
import Testing

/// A newcomer's first mark, in a real terminal on the Терский район sample
/// as of 15 June 2022: arrows to a late measure, Space, a Russian note,
/// Enter — then the screen, the files on disk and a restart all agree.
@Suite("Отметка в панели: экран, файлы, перезапуск (tmux)", .serialized)
struct DashboardMarkingTests {
    static let note = "Проведено совещание, протокол № 3"

    @Test("Пробел, заметка по-русски, Enter: сохранено, просрочка уменьшилась, после перезапуска видно")
    func markDoneWithARussianNote() throws {
        let session = try TerminalSampleSession()
        session.open("--as-of 2022-06-15")
        var screen = session.expectScreen("Просрочено: 28")
        #expect(screen.contains("по состоянию на 15.06.2022"))
        #expect(screen.contains("· ! 28"))
        // Home, then down the arrows to measure 5 (every school, all late).
        session.press("Home", "Down", "Down", "Down", "Down")
        screen = session.expectScreen("▸5.")
        session.press("Space")
        session.expectScreen("Отметка о выполнении:")
        session.type(Self.note)
        session.expectScreen("Отметка о выполнении: \(Self.note)")
        session.press("Enter")
        screen = session.expectScreen("сохранено")
        let status = TerminalSampleSession.line(screen, containing: "сохранено") ?? ""
        // Looking back at 15.06.2022, the mark says it was done by then.
        #expect(status.contains("5. (7 школ): выполнено 15.06.2022"), "\(status)")
        #expect(status.contains("сохранено, 7 файлов"), "\(status)")
        #expect(screen.contains("Просрочено: 21"))
        #expect(screen.contains("· ! 21"))
        let row = TerminalSampleSession.line(screen, containing: "▸5.")?.components(separatedBy: "▸5.").last ?? ""
        #expect(row.contains("✓✓✓") && !row.contains("!"), "\(row)")
        session.quit()

        for school in ["urozhaynoe", "khamidie", "nizhniy-kurp"] {
            let record = try #require(try session.record(measure: "5", school: school))
            #expect(record["status"] as? String == "done")
            #expect(record["note"] as? String == Self.note)
            let history = record["history"] as? [[String: Any]] ?? []
            #expect(history.count == 1)
            #expect(history.first?["status"] as? String == "done")
            #expect(history.first?["note"] as? String == Self.note)
            #expect(history.first?["doneOn"] as? String == "2022-06-15")
            #expect((history.first?["at"] as? String)?.isEmpty == false)
        }

        // A restart reads the mark back: the ✓ in the timeline, the note in the detail.
        session.open("--as-of 2022-06-15")
        session.expectScreen("Просрочено: 21")
        session.press("Home", "Down", "Down", "Down", "Down")
        screen = session.expectScreen("▸5.")
        #expect(TerminalSampleSession.line(screen, containing: "▸5.")?.contains("✓✓✓") == true)
        session.press("Enter")
        screen = session.expectScreen("Отметка о выполнении: Проведено совещание, протокол")
        // Done as of the date on screen; recorded today, and the detail says so.
        #expect(screen.contains("✓ Урожайное — Выполнено 15.06.2022"))
        #expect(screen.contains("Отмечено \(TerminalSampleSession.today) — позже даты «по состоянию на»"))
        session.press("Escape")
        session.expectScreen("Просрочено: 21")
        session.quit(with: "й")
    }

    @Test("в (русская раскладка) отмечает как d; й выходит")
    func russianLayoutMarks() throws {
        let session = try TerminalSampleSession()
        session.open("--as-of 2022-06-15")
        session.expectScreen("Просрочено: 28")
        session.press("Home", "Down", "Down", "Down", "Down", "Down")
        session.expectScreen("▸6.")
        session.type("в")
        session.expectScreen("Отметка о выполнении:")
        session.press("Enter")
        let screen = session.expectScreen("сохранено")
        #expect(screen.contains("6. (7 школ): выполнено"))
        #expect(screen.contains("Просрочено: 21"))
        session.quit(with: "й")
        let record = try #require(try session.record(measure: "6", school: "urozhaynoe"))
        #expect(record["status"] as? String == "done")
        #expect(record["note"] == nil, "an empty note is no note")
    }

    @Test("--read-only: Пробел и d ничего не меняют, и экран об этом говорит")
    func readOnlyChangesNothing() throws {
        let session = try TerminalSampleSession()
        let before = try session.snapshot()
        session.open("--read-only --as-of 2022-06-15")
        session.expectScreen("Просрочено: 28")
        for key in ["Space", "d", "p"] {
            session.press(key)
            session.expectScreen("только просмотр: изменения не сохраняются")
            session.press("Down")
        }
        session.type("в")
        let screen = session.expectScreen("только просмотр: изменения не сохраняются")
        #expect(!screen.contains("Отметка о выполнении:"))
        #expect(screen.contains("Просрочено: 28"))
        session.quit()
        #expect(try session.snapshot() == before)
    }

    @Test("TERM=vt100: стрелки, Пробел и Enter работают, отметка сохраняется")
    func vt100() throws {
        let session = try TerminalSampleSession()
        session.open("--as-of 2022-06-15", prefix: "TERM=vt100 ")
        session.expectScreen("Просрочено: 28")
        session.press("Home", "Down", "Down", "Down", "Down")
        session.expectScreen("▸5.")
        session.press("Space")
        session.expectScreen("Отметка о выполнении:")
        session.type("Справка")
        session.press("Enter")
        session.expectScreen("Просрочено: 21")
        session.quit()
        #expect(try session.record(measure: "5", school: "khamidie")?["note"] as? String == "Справка")
    }
}
