import Foundation
import Testing

/// Where the dashboard must refuse with a clear message instead of opening
/// the screen. None of these read the data, so they run before the store.
@Suite("Отказ открыть панель: понятные сообщения")
struct TerminalRefusalTests {
    /// Runs the binary with stdout and stderr captured (so not a terminal).
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stderr: String) {
        var env = ProcessInfo.processInfo.environment
        for key in ["ROADMAP_THEME", "ROADMAP_THEMES_DIR", "NO_COLOR"] { env[key] = nil }
        env.merge(environment) { _, new in new }
        let result = Spawn.run(TerminalFixture.binary.path, arguments, environment: env,
                               captureOutput: true, captureError: true)
        return (result.status, result.error)
    }

    /// The command line itself holds «код:$?»; the answer is a line of its own.
    static func exitCodePrinted(_ screen: String) -> Bool {
        screen.split(separator: "\n").contains { $0.hasPrefix("код:") }
    }

    @Test("вывод не в терминал (roadmap dashboard | cat): сообщение и ненулевой код")
    func notATerminal() throws {
        let data = try TerminalFixture.writeDataDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        let result = try Self.run(["dashboard", "--data", data.path])
        #expect(result.status == 69)
        #expect(result.stderr.contains("панели нужен терминал"))
        #expect(result.stderr.contains("roadmap overdue"))
        #expect(result.stderr.contains("roadmap list"))
    }

    @Test("сломанная тема: сообщение называет файл и ключ", arguments: [
        (#"{"roles": {"overdue": {"fg": "orange"}}}"#, "ключ «roles.overdue.fg»: неизвестный цвет «orange»"),
        (#"{"roles": "#, "это не JSON"),
    ])
    func brokenTheme(json: String, expected: String) throws {
        let folder = try TerminalFixture.temporaryFolder("theme")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("моя-тема.json")
        try json.write(to: file, atomically: true, encoding: .utf8)
        let result = try Self.run(["dashboard", "--data", folder.path, "--theme", file.path])
        #expect(result.status == 78)
        #expect(result.stderr.contains("\(file.path): "))
        #expect(result.stderr.contains(expected), "\(result.stderr)")
    }

    @Test("ROADMAP_THEMES_DIR ищется раньше встроенных тем; ROADMAP_THEME выбирает тему")
    func themeFromEnvironment() throws {
        let folder = try TerminalFixture.temporaryFolder("themes")
        defer { try? FileManager.default.removeItem(at: folder) }
        try #"{"roles": {}}"#.write(to: folder.appendingPathComponent("light.json"), atomically: true, encoding: .utf8)
        let result = try Self.run(["control", "--data", folder.path],
                                  environment: ["ROADMAP_THEMES_DIR": folder.path, "ROADMAP_THEME": "light"])
        #expect(result.status == 78)
        #expect(result.stderr.contains(folder.appendingPathComponent("light.json").path))
        #expect(result.stderr.contains("нет стиля для ролей"))
    }

    @Test("неизвестная тема называет встроенные")
    func unknownTheme() throws {
        let result = try Self.run(["dashboard", "--theme", "solarized"])
        #expect(result.status == 78)
        #expect(result.stderr.contains("solarized: тема не найдена; встроенные темы: default, high-contrast, light, monochrome"))
    }

    @Test("неизвестный TERM: наше сообщение, а не выход из initscr")
    func unknownTerm() throws {
        let data = try TerminalFixture.writeDataDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        let pane = try TmuxPane()
        defer { pane.kill() }
        pane.run("TERM=no-such-terminal '\(TerminalFixture.binary.path)' --data '\(data.path)'; echo \"код:$?\"")
        let shown = pane.waitForScreen(Self.exitCodePrinted)
        let screen = pane.screen()
        #expect(shown, "\(screen)")
        #expect(screen.contains("неизвестный тип терминала TERM=«no-such-terminal»"))
        #expect(screen.contains("код:69"))
        #expect(!screen.contains("Error opening terminal"))
    }

    @Test("ошибки в данных: file:line:column, код 65, экран не открывается")
    func brokenData() throws {
        let data = try TerminalFixture.writeDataDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        try "{\n  \"format\": 1,\n  \"title\": \n".write(to: data.appendingPathComponent("roadmap.json"), atomically: true, encoding: .utf8)
        let pane = try TmuxPane()
        defer { pane.kill() }
        pane.run("'\(TerminalFixture.binary.path)' --data '\(data.path)'; echo \"код:$?\"")
        #expect(pane.waitForScreen(Self.exitCodePrinted))
        let screen = pane.screen()
        #expect(screen.contains("roadmap.json:"), "\(screen)")
        #expect(screen.contains("код:65"))
        #expect(screen.contains("панель не открыта"))
        #expect(pane.format("#{alternate_on}") == "0")
    }

    @Test("TERM=dumb: терминал без адресации курсора отклоняется")
    func dumbTerminal() throws {
        let pane = try TmuxPane()
        defer { pane.kill() }
        pane.run("TERM=dumb '\(TerminalFixture.binary.path)' --data /nonexistent; echo \"код:$?\"")
        #expect(pane.waitForScreen(Self.exitCodePrinted))
        #expect(pane.screen().contains("не умеет ставить курсор"))
        #expect(pane.screen().contains("код:69"))
    }
}
