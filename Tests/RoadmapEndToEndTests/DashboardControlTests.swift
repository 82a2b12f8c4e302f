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
        var screen = session.expectScreen("Просрочено: 28")
        #expect(screen.contains("по состоянию на 15.06.2022"))
        #expect(screen.contains("группировка: по ответственным"))
        #expect(screen.contains("ИМЦ УО — 27"), "\(screen)")
        #expect(screen.contains("135 дней   18."))
        session.press("g")
        screen = session.expectScreen("группировка: по школам")
        #expect(screen.contains("муниципальные мероприятия — 7"), "\(screen)")
        #expect(screen.contains("Верхний Курп — 3"), "\(screen)")
        for key in ["Space", "d"] {
            session.press(key)
            session.expectScreen("час контроля: только просмотр, изменения не сохраняются")
            session.press("Down")
            _ = session.pane.waitForScreen { !$0.contains("только просмотр") }
        }
        session.type("в")
        screen = session.expectScreen("час контроля: только просмотр, изменения не сохраняются")
        #expect(screen.contains("Просрочено: 28"))
        session.quit(with: "й")
        #expect(try session.snapshot() == before)
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
