import Foundation
import Testing

/// Two coordinators on one directory: the second marks from the command
/// line while the first has a filter on and a measure open. The first one's
/// dashboard reads the change within a second and stays where it was.
@Suite("Правка извне: панель перечитывает данные и остаётся на месте (tmux)", .serialized)
struct DashboardReloadTests {
    static let note = "Протокол педсовета № 4"

    @Test("roadmap mark извне: фильтр, выбранное мероприятие и подробности остаются, отметка видна")
    func anOutsideMarkKeepsTheFilterAndTheMeasure() throws {
        let session = try TerminalSampleSession(width: 120, height: 40)
        session.open("--as-of 2022-06-15")
        session.expectScreen("Просрочено: 28")
        session.press("r")
        session.type("руководители")
        session.press("Enter")
        session.expectScreen("ответственный: руководители")
        // Under this filter section 1 lists 2., 3., 4.; then 5.
        session.press("Home", "Down", "Down", "Down")
        session.expectScreen("▸5.")
        session.press("Enter")
        session.expectScreen("Мероприятие — Esc закрыть")

        let marked = try RoadmapProcess.run(["mark", "5", "--school", "khamidie", "--status", "done", "--note", Self.note,
                                             "--by", "Кочесокова Ф.А.", "--date", "10.06.2022", "--data", session.data.path])
        #expect(marked.status == 0, "\(marked.stderr)")

        var screen = session.expectScreen("данные перечитаны")
        #expect(screen.contains("изменено вне панели: progress/schools/khamidie.json"))
        #expect(screen.contains("✓ выполнено 1 · ▓ выполняется 0 · ! просрочено 27"))
        #expect(screen.contains("Отметка о выполнении: \(Self.note)"), "the detail stays open on 5.")
        session.press("Escape")
        screen = session.expectScreen("▸5.")
        #expect(screen.contains("ответственный: руководители"))
        session.quit()
    }
}
