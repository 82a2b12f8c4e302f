import Foundation
import Testing

/// A paragraph copied from a document and pasted into the note editor, in
/// a real terminal: the dashboard asks for bracketed paste, so the line
/// breaks are spaces and the letters after them are not hotkeys.
@Suite("Вставка текста в панели (tmux)", .serialized)
struct DashboardPasteTests {
    @Test("вставка в заметку — одна строка; вне редактора вставка ничего не делает; после выхода режим выключен")
    func pasteIsTextNotHotkeys() throws {
        let session = try TerminalSampleSession()
        session.open("--as-of 2022-06-15")
        session.expectScreen("Просрочено: 28")
        session.press("Home", "Down", "Down", "Down", "Down")
        session.expectScreen("▸5.")
        session.press("Space")
        session.expectScreen("Отметка о выполнении:")
        let before = try session.snapshot()
        session.pane.paste("Совещание проведено\nс директорами\nкак планировали")
        // One line, the breaks as spaces; the note scrolls to its end beside the day done.
        var screen = session.expectScreen("с директорами как планировали   дата: 15.06.2022")
        #expect(TerminalSampleSession.line(screen, containing: "дата:")?.hasPrefix("Отметка о выполнении: ") == true, "\(screen)")
        // The carriage returns did not save, and «с», «к» ran no keys.
        #expect(!screen.contains("сохранено"), "\(screen)")
        #expect(try session.snapshot() == before)
        session.press("Enter")
        screen = session.expectScreen("сохранено")
        let record = try #require(try session.record(measure: "5", school: "urozhaynoe"))
        #expect(record["note"] as? String == "Совещание проведено с директорами как планировали")
        #expect(record["status"] as? String == "done")

        // Outside an editor: «с» would cancel, «е» jump to today, «к» open a filter.
        let marked = try session.snapshot()
        session.pane.paste("с\nе\nк")
        session.press("Down")
        screen = session.expectScreen("▸6.")
        #expect(screen.contains("по состоянию на 15.06.2022"), "\(screen)")
        #expect(!screen.contains("Ответственный:"), "\(screen)")
        #expect(try session.snapshot() == marked)
        session.quit()

        // The shell gets a plain terminal back: a paste there is not bracketed.
        session.pane.run("cat -v")
        session.pane.paste("после выхода")
        session.pane.send("Enter")
        screen = session.expectScreen("после выхода")
        #expect(!screen.contains("200~"), "\(screen)")
        session.pane.send("C-c")
    }

    @Test("после Ctrl-C вставка в оболочке снова без скобок")
    func ctrlCTurnsBracketedPasteOff() throws {
        let session = try TerminalSampleSession()
        session.open("--as-of 2022-06-15")
        session.expectScreen("Просрочено: 28")
        session.pane.send("C-c")
        #expect(session.pane.waitForScreen { $0.contains("код:130") }, "\(session.pane.screen())")
        session.pane.run("cat -v")
        session.pane.paste("после Ctrl-C")
        session.pane.send("Enter")
        let screen = session.expectScreen("после Ctrl-C")
        #expect(!screen.contains("200~"), "\(screen)")
        session.pane.send("C-c")
    }
}
