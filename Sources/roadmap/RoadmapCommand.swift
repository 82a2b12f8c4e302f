import Foundation
import ArgumentParser

@main
struct RoadmapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roadmap",
        abstract: "Дорожная карта работы со школами с низкими образовательными результатами (ШНОР).",
        discussion: """
        Без подкоманды открывает панель (школы, дорожная карта, просроченное). \
        Каталог данных: --data, иначе $ROADMAP_DATA, иначе $XDG_DATA_HOME/roadmap \
        (~/.local/share/roadmap); при первом запуске он создаётся из примера terek-2022-progress \
        (Терский район, 2022 год, с отметками о выполнении за год).
        """,
        version: ProgramVersion.text,
        subcommands: [
            Dashboard.self, Control.self, OverdueCommand.self, ListCommand.self, MarkCommand.self,
            ValidateCommand.self, DeadlineCommand.self, InitCommand.self, ImportCommand.self,
            ReportCommand.self, CalendarCommand.self, HistoryCommand.self, SyncCommand.self, RegionCommand.self,
            MergeDriverCommand.self,
        ],
        defaultSubcommand: Dashboard.self
    )

    /// Parses and runs like the library's own `main`, but speaks Russian:
    /// help screens and error messages alike.
    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            finish(with: error, duringParsing: true)
        }
        do {
            try command.run()
        } catch {
            finish(with: error, duringParsing: false)
        }
    }

    /// A help request prints the Russian help on stdout and exits 0. A
    /// mistake in the call itself gets the message and the usage of the
    /// command it was made to; a problem found while running (an unknown
    /// school, a missing measure) gets only its message — the call was
    /// well formed, so repeating its usage would mislead.
    private static func finish(with error: Error, duringParsing: Bool) -> Never {
        if let code = error as? ExitCode { Foundation.exit(code.rawValue) }
        let code = exitCode(for: error)
        if code == .success {
            let text = fullMessage(for: error, columns: RussianHelp.unwrapped)
            Console.out(RussianHelp.isHelpScreen(text) ? RussianHelp.render(text, width: RussianHelp.width) : text)
            Foundation.exit(0)
        }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName }
        let message: String
        if !duringParsing, let validation = error as? ValidationError {
            message = "Ошибка: " + validation.message
        } else {
            message = RussianErrors.translate(fullMessage(for: error), subcommands: names)
        }
        Console.error(message)
        Foundation.exit(code.rawValue)
    }
}
