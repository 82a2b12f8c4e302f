import Foundation
import Testing

/// «Час контроля» on the Терский район sample in a real terminal: what is
/// late, grouped, and nothing a key can change.
@Suite("Час контроля в настоящем терминале (tmux)", .serialized)
struct DashboardControlTests {
    @Test("просроченное по ответственным, g — по школам, отметки отказаны и файлы не тронуты")
    func controlGroupsAndRefusesMarks() throws {
        let session = try TerminalSampleSession()
        let before = try session.snapshot()
        session.open("control --as-of 2022-06-15", ready: { $0.contains("Час контроля") })
        var screen = session.expectScreen("Просрочено мероприятий: 6")
        #expect(screen.contains("по состоянию на 15.06.2022"))
        #expect(screen.contains("· по ответственным"))
        #expect(screen.contains("ИМЦ УО — 2 мероприятия"), "\(screen)")
        #expect(screen.contains("135 дней  18."))
        session.press("g")
        screen = session.expectScreen("Просрочено по школам: 24")
        #expect(screen.contains("Верхний Курп — 3 мероприятия"), "\(screen)")
        for key in ["Space", "d"] {
            session.press(key)
            session.expectScreen("час контроля: только просмотр, изменения не сохраняются")
            session.press("Down")
            _ = session.pane.waitForScreen { !$0.contains("только просмотр") }
        }
        session.type("в")
        screen = session.expectScreen("час контроля: только просмотр, изменения не сохраняются")
        #expect(screen.contains("Просрочено по школам: 24"))
        session.quit(with: "й")
        #expect(try session.snapshot() == before)
    }

    /// The meeting room's projector: the counts read off the real screen.
    @Test("120×40: заголовки групп в сумме дают «Просрочено», одно мероприятие — одна строка")
    func controlCountsAddUpOnTheRealScreen() throws {
        let session = try TerminalSampleSession(width: 120, height: 40)
        session.open("control --as-of 2022-06-15", ready: { $0.contains("Час контроля") })
        var screen = session.expectScreen("Просрочено мероприятий: 6")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(headingCounts(lines) == [3, 2, 1], "\(screen)")
        #expect(lines.filter { $0.contains("18. Час контроля") }.count == 1)
        #expect(screen.contains("— январь – май"))
        #expect(lines.filter { $0.contains("— все 7 школ · также: ИМЦ УО") }.count == 3, "\(screen)")
        session.press("g")
        screen = session.expectScreen("Просрочено по школам: 24 (мероприятий: 6)")
        session.press("End")
        _ = session.expectScreen("Хамидие — 3 мероприятия")
        session.quit()
    }

    /// The numbers after «— » in the headings ruled «────».
    private func headingCounts(_ lines: [String]) -> [Int] {
        lines.compactMap { line in
            guard line.contains("────"), let dash = line.range(of: " — "),
                  let count = line[dash.upperBound...].split(separator: " ").first else { return nil }
            return Int(count)
        }
    }

    @Test("смена размера: 60×16 — панель, меньше — «окно слишком мало», назад — снова панель")
    func resizeBelowTheMinimum() throws {
        let session = try TerminalSampleSession()
        session.open("--as-of 2022-06-15")
        session.expectScreen("Просрочено: 28")
        session.pane.resize(width: 60, height: 16)
        var screen = session.expectScreen("Дорожная карта")
        #expect(!screen.contains("окно слишком мало"))
        for (width, height) in [(59, 16), (60, 15), (40, 10)] {
            session.pane.resize(width: width, height: height)
            screen = session.expectScreen("сейчас \(width)×\(height)")
            let words = screen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(words.contains("окно слишком мало: нужно не меньше 60×16"), "\(screen)")
        }
        session.pane.resize(width: 80, height: 24)
        session.expectScreen("Просрочено: 28")
        session.quit()
    }
}
