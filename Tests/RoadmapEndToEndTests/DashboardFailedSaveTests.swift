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

    /// Measure 5 for all seven schools while one school's file may not be
    /// replaced: the whole mark is refused, no file changes, and the next
    /// mark (once the file is writable) keeps every history entry.
    @Test("Один файл из семи нельзя заменить: отметка не сделана ни в одном, следующая сохраняется целиком",
          .enabled(if: getuid() == 0, "chattr needs root"))
    func aSevenFileMarkIsAllOrNothing() throws {
        let session = try TerminalSampleSession(width: 160, height: 40)
        let locked = session.data.appendingPathComponent("progress/schools/novo-khamidie.json").path
        try #require(Spawn.run("/usr/bin/chattr", ["+i", locked], captureOutput: false).status == 0)
        defer { _ = Spawn.run("/usr/bin/chattr", ["-i", locked], captureOutput: false) }
        let before = try session.snapshot()
        session.open(Self.asOf)
        session.expectScreen("Просрочено: 28")
        session.press("Home", "Down", "Down", "Down", "Down", "d")
        session.expectScreen("Отметка о выполнении:")
        session.type("Семь школ")
        session.press("Enter")
        let screen = session.expectScreen("отметка не сделана")
        let status = TerminalSampleSession.line(screen, containing: "отметка не сделана") ?? ""
        #expect(status.contains("не удалось записать progress/schools/novo-khamidie.json: нет прав доступа"), "\(status)")
        #expect(try session.snapshot() == before)

        #expect(Spawn.run("/usr/bin/chattr", ["-i", locked], captureOutput: false).status == 0)
        session.press("d")
        session.expectScreen("Отметка о выполнении:")
        session.press("End", "C-u")
        session.type("Со второго раза")
        session.press("Enter")
        session.expectScreen("сохранено")
        session.quit()
        let after = try session.snapshot()
        let changed = after.keys.filter { after[$0] != before[$0] }.sorted()
        #expect(changed.count == 7 && changed.allSatisfy { $0.hasPrefix("/progress/schools/") }, "\(changed)")
        for school in ["khamidie", "novo-khamidie", "verkhniy-kurp"] {
            let history = try #require(session.record(measure: "5", school: school)?["history"] as? [[String: Any]])
            #expect(history.compactMap { $0["note"] as? String }.filter { $0 == "Со второго раза" }.count == 1)
            #expect(!history.contains { ($0["note"] as? String) == "Семь школ" }, "\(school)")
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
