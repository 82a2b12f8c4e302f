import Foundation
import Testing

/// Saves that cannot happen, with the real dashboard: a folder the user may
/// not write to, and a data file broken by hand while the dashboard runs.
/// Nothing the user was told is not saved may reach the files later.
@Suite("Отказ в сохранении: изменение не остаётся на экране и не попадает в файлы (tmux)", .serialized)
struct DashboardFailedSaveTests {
    static let asOf = "--as-of 2022-06-15"

    /// As `nobody` on root's copy (readable, not writable): the refused mark
    /// is taken back; once writing is allowed, the next mark is saved alone.
    @Test("Нет прав на запись: отметка снята с экрана, следующее сохранение её не записывает",
          .enabled(if: SecondPerson.available))
    func aRefusedMarkNeverReachesTheFiles() throws {
        // Wide enough for the whole reason and what was not done.
        let session = try TerminalSampleSession(width: 160, height: 40)
        let readable = Spawn.run("/bin/chmod", ["-R", "a+rX,go-w", session.data.path], captureOutput: false)
        #expect(readable.status == 0)
        let before = try session.snapshot()
        session.open(Self.asOf, prefix: SecondPerson.prefix)
        session.expectScreen("Просрочено: 28")
        session.press("Enter")
        session.expectScreen("Мероприятие — Esc закрыть")
        session.press("d")
        session.expectScreen("Отметка о выполнении:")
        session.type("Тест")
        session.press("Enter")

        let screen = session.expectScreen("отметка не сделана")
        let status = TerminalSampleSession.line(screen, containing: "отметка не сделана") ?? ""
        #expect(status.contains("не сохранено, отметка не сделана: в каталог данных нельзя записывать: нет прав доступа"), "\(status)")
        #expect(screen.contains("! просрочено 28"), "\(screen)")
        #expect(!screen.contains("Тест"), "\(screen)")
        #expect(try session.snapshot() == before)

        // A form: refused, it opens again with the typed number; Esc twice leaves it.
        session.press("Escape", "e")
        session.expectScreen("номер, как он напечатан")
        session.type("9")
        session.press("F2")
        let form = session.expectScreen("изменение не сделано")
        #expect(form.contains("18.9"), "\(form)")
        session.press("Escape", "Escape")
        session.expectScreen("правка отменена")
        #expect(try session.snapshot() == before)

        let writable = Spawn.run("/bin/chmod", ["-R", "a+rwX", session.data.path], captureOutput: false)
        #expect(writable.status == 0)
        session.press("p")
        session.expectScreen("выполняется — сохранено")
        session.quit()

        let after = try session.snapshot()
        #expect(Set(after.keys) == Set(before.keys))
        let changed = after.keys.filter { after[$0] != before[$0] }
        #expect(changed.count == 1, "\(changed)")
        for (path, bytes) in after {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("Тест"), "\(path)")
        }
    }

    /// A comma taken out of measures.json by hand: the place is named, Space
    /// and `e` are refused at once, and putting the comma back turns saving on.
    @Test("Файл испорчен вручную: место ошибки названо, отметки отказаны сразу, после исправления сохранение снова работает")
    func aBrokenFileBlocksSavingUntilFixed() throws {
        let session = try TerminalSampleSession(width: 160, height: 40)
        let measures = session.data.appendingPathComponent("measures.json")
        let good = try Data(contentsOf: measures)
        session.open(Self.asOf)
        session.expectScreen("Просрочено: 28")

        let text = String(decoding: good, as: UTF8.self)
        let comma = try #require(text.range(of: "\",\n"))
        try Data(text.replacingCharacters(in: comma, with: "\"\n").utf8).write(to: measures, options: .atomic)
        var screen = session.expectScreen("сохранение отключено до исправления")
        let status = TerminalSampleSession.line(screen, containing: "сохранение отключено") ?? ""
        #expect(status.contains("изменено вне панели: measures.json — сохранение отключено до исправления: measures.json:6:7:"),
                "\(status)")

        session.press("Space")
        screen = session.expectScreen("сохранение отключено: measures.json:6:7: неверный JSON")
        #expect(!screen.contains("Отметка о выполнении:"), "\(screen)")
        session.press("e")
        screen = session.expectScreen("сохранение отключено: measures.json:")
        #expect(!screen.contains("Номер"), "no form opens:\n\(screen)")
        let broken = try session.snapshot()

        try good.write(to: measures, options: .atomic)
        session.expectScreen("сохранение снова включено")
        #expect(try session.snapshot()["/measures.json"] == good)
        #expect(broken["/measures.json"] != good)
        session.press("Space")
        session.expectScreen("Отметка о выполнении:")
        session.type("После исправления")
        session.press("Enter")
        session.expectScreen("— сохранено в progress/")
        session.quit()
    }
}
