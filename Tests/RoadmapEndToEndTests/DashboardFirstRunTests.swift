import Foundation
import Testing

/// The README's quick start in a real terminal: the first run makes the
/// data directory from the default sample, a 2022 roadmap, years after it
/// ended; then the as-of date typed, and a mark dated as typed.
@Suite("Первый запуск, дата «по состоянию на», дата выполнения (tmux)", .serialized)
struct DashboardFirstRunTests {
    @Test("первый запуск: карта 2022 года открыта на 31.12.2022, видны отметки и строка о созданном каталоге")
    func firstRunOfTheQuickStart() throws {
        let folder = try TemporaryFolder()
        let pane = try TmuxPane()
        defer { pane.kill() }
        pane.run("XDG_DATA_HOME='\(folder.path("xdg"))' '\(TerminalFixture.binary.path)'; echo \"код:$?\"")
        let opened = pane.waitForScreen { $0.contains("Просрочено:") && !$0.contains("код:") }
        let screen = pane.screen()
        #expect(opened, "панель не открылась:\n\(screen)")
        #expect(screen.contains("план на 2022 год завершён — на 31.12.2022; t — сегодня"), "\(screen)")
        #expect(screen.contains("Создан каталог данных из примера «terek-2022-progress»"), "\(screen)")
        #expect(screen.contains("✓✓✓"), "the year's marks are on screen:\n\(screen)")
        #expect(screen.contains("! 245 дн."), "\(screen)")
        #expect(!screen.contains("1770") && !screen.contains("1 770"), "\(screen)")
        #expect(FileManager.default.fileExists(atPath: folder.path("xdg/roadmap/roadmap.json")))
        // t: today, and the plan is then all overdue, the usual way.
        pane.send("t", literal: true)
        let today = pane.waitForScreen { $0.contains("по состоянию на \(TerminalSampleSession.today)") }
        #expect(today, "\(pane.screen())")
        #expect(!pane.screen().contains("завершён"))
        pane.send("q", literal: true)
        #expect(pane.waitForScreen { $0.contains("код:0") }, "\(pane.screen())")
    }

    @Test("y (н) — дата «по состоянию на» набирается: 01.06.2022, «март», непонятная дата")
    func typingTheAsOfDate() throws {
        let session = try TerminalSampleSession()
        session.open()
        session.expectScreen("на 31.12.2022")
        session.type("y")
        session.expectScreen("По состоянию на:  например 01.03.2022")
        session.type("01.06.2022")
        session.press("Enter")
        var screen = session.expectScreen("по состоянию на 01.06.2022")
        #expect(!screen.contains("По состоянию на:"), "the line is closed:\n\(screen)")
        // The Russian layout: н is y's key; a month is its last day.
        session.type("н")
        session.expectScreen("По состоянию на:")
        session.type("март")
        session.press("Enter")
        session.expectScreen("по состоянию на 31.03.2022")
        session.type("y")
        session.type("мартобря")
        session.press("Enter")
        screen = session.expectScreen("✗ не понята дата")
        #expect(screen.contains("по состоянию на 31.03.2022"))
        session.press("Escape")
        session.quit()
    }

    @Test("d, отметка, Tab, дата 12.05.2022, Enter: сохранено с этой датой, названо майское мероприятие")
    func markingWithATypedDate() throws {
        let session = try TerminalSampleSession()
        session.open("--as-of 2022-06-15")
        // 18 «Ежемесячно» is the last measure, chosen on its June occurrence
        // (the as-of month); ← goes to May.
        session.press("Home", "End")
        session.expectScreen("▸18.")
        session.press("Left")
        session.type("d")
        session.expectScreen("Отметка о выполнении:")
        session.type("Проведено совещание")
        session.press("Tab")
        session.type("12.05.2030")
        session.press("Enter")
        var screen = session.expectScreen("✗ ещё не наступил")
        #expect(screen.contains("Отметка о выполнении: Проведено совещание"))
        session.press("C-u")
        session.type("12.05.2022")
        session.press("Enter")
        screen = session.expectScreen("сохранено")
        let status = TerminalSampleSession.line(screen, containing: "сохранено") ?? ""
        #expect(status.contains("18 — май 2022 г.: выполнено 12.05.2022 — сохранено в progress/municipal.json"), "\(status)")
        session.press("Enter")
        screen = session.expectScreen("Срок: май 2022 г.")
        #expect(screen.contains("✓ муниципальный уровень — Выполнено 12.05.2022"), "\(screen)")
        session.press("Escape")
        session.quit()
        let record = try #require(try Self.municipal(session, measure: "18", occurrence: "2022-05-31"))
        #expect(record["doneOn"] as? String == "2022-05-12")
        #expect(record["note"] as? String == "Проведено совещание")
    }

    /// A record of the municipal progress file, as JSON.
    static func municipal(_ session: TerminalSampleSession, measure: String, occurrence: String) throws -> [String: Any]? {
        let url = session.data.appendingPathComponent("progress/municipal.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let records = object?["records"] as? [[String: Any]] ?? []
        return records.first { $0["measure"] as? String == measure && $0["occurrence"] as? String == occurrence }
    }
}
