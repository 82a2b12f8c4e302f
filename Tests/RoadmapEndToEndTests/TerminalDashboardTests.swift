import Foundation
import Testing

/// The real binary in a real terminal (tmux): opening, quitting every way,
/// resizing, old terminal types, NO_COLOR. Each test's command line prints
/// the exit code and whether the terminal modes (`stty -g`) came back.
@Suite("Панель в настоящем терминале (tmux)", .serialized)
final class TerminalDashboardTests {
    let data: URL
    let pane: TmuxPane

    init() throws {
        data = try TerminalFixture.writeDataDirectory()
        pane = try TmuxPane()
    }

    deinit {
        pane.kill()
        try? FileManager.default.removeItem(at: data)
    }

    /// Starts the dashboard and waits until it has drawn.
    func open(_ prefix: String = "", arguments: String = "") throws {
        let command = "s1=$(stty -g); \(prefix)'\(TerminalFixture.binary.path)' --data '\(data.path)' \(arguments); "
            + "echo \"код:$?\"; [ \"$s1\" = \"$(stty -g)\" ] && echo режимы-восстановлены"
        pane.run(command)
        let opened = pane.waitForScreen { screen in
            Self.hasCyrillic(screen) && !screen.contains("stty -g") && !screen.contains("код:")
        }
        #expect(opened, "панель не открылась:\n\(pane.screen())")
        #expect(pane.format("#{pane_current_command}") == "roadmap")
    }

    /// After leaving: the exit code, the modes restored, a shell prompt last.
    func expectShellBack(code: Int) {
        // The prompt comes a moment after the last echo: wait for it too.
        let back = pane.waitForScreen {
            $0.contains("код:\(code)") && $0.contains("режимы-восстановлены") && Self.lastLine($0) == "$"
        }
        let screen = pane.screen()
        #expect(back, "после выхода:\n\(screen)")
        #expect(Self.lastLine(screen) == "$", "последняя строка — приглашение оболочки:\n\(screen)")
        #expect(pane.format("#{alternate_on}") == "0")
    }

    static func lastLine(_ screen: String) -> String? {
        screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.last
    }

    static func hasCyrillic(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0410...0x044F).contains($0.value) }
    }

    @Test("открывается и закрывается клавишей q")
    func quitWithQ() throws {
        try open()
        #expect(pane.format("#{alternate_on}") == "1")
        pane.send("q", literal: true)
        expectShellBack(code: 0)
    }

    @Test("закрывается клавишей й (русская раскладка)")
    func quitWithRussianLayout() throws {
        try open()
        pane.send("й", literal: true)
        expectShellBack(code: 0)
    }

    @Test("Ctrl-C возвращает терминал в исходный вид, код 130")
    func ctrlCRestoresTerminal() throws {
        try open()
        pane.send("C-c")
        expectShellBack(code: 130)
    }

    @Test("смена размера окна перерисовывает экран")
    func resize() throws {
        try open()
        for (width, height) in [(100, 30), (50, 12), (80, 24)] {
            pane.resize(width: width, height: height)
            let redrawn = pane.waitForScreen { screen in
                let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
                return Self.hasCyrillic(screen) && lines.count >= height
            }
            #expect(redrawn, "после \(width)×\(height):\n\(pane.screen())")
            #expect(pane.format("#{window_width}x#{window_height}") == "\(width)x\(height)")
            #expect(pane.format("#{pane_current_command}") == "roadmap")
        }
        pane.send("q", literal: true)
        expectShellBack(code: 0)
    }

    @Test("TERM=vt100 и TERM=linux открываются без ошибок", arguments: ["vt100", "linux"])
    func oldTerminalTypes(term: String) throws {
        try open("TERM=\(term) ")
        #expect(!pane.screen().contains("roadmap:"))
        pane.send("q", literal: true)
        expectShellBack(code: 0)
    }

    @Test("NO_COLOR: ни одного цвета на экране, а в обычной теме цвета есть")
    func noColor() throws {
        try open("NO_COLOR=1 ")
        let plain = pane.screen(escapes: true)
        #expect(!Self.hasColour(plain), "цвета при NO_COLOR:\n\(plain)")
        pane.send("q", literal: true)
        expectShellBack(code: 0)

        pane.run("clear")
        try open()
        let coloured = pane.screen(escapes: true)
        #expect(Self.hasColour(coloured), "в теме default нет цветов:\n\(coloured)")
        pane.send("q", literal: true)
        expectShellBack(code: 0)
    }

    /// SGR colour parameters as tmux writes them: 30–37, 40–47, 90–97, 38;5;n, 48;5;n.
    static func hasColour(_ text: String) -> Bool {
        let pattern = #"\x1b\[[0-9;]*(?:(?:^|;)(?:3[0-7]|4[0-7]|9[0-7]|10[0-7])(?:;|m)|[34]8;5;)"#
        return text.range(of: pattern, options: .regularExpression) != nil
    }
}
