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
        (~/.local/share/roadmap); при первом запуске он создаётся из примера terek-2022.
        """,
        subcommands: [
            Dashboard.self, Control.self, OverdueCommand.self, ListCommand.self, MarkCommand.self,
            ValidateCommand.self, DeadlineCommand.self, InitCommand.self, ImportCommand.self,
            ReportCommand.self, CalendarCommand.self, HistoryCommand.self,
        ],
        defaultSubcommand: Dashboard.self
    )

    /// Parses and runs like the library's own `main`, but says what went
    /// wrong in Russian.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            guard code != .success, !(error is ExitCode) else { exit(withError: error) }
            let names = configuration.subcommands.compactMap { $0.configuration.commandName }
            Console.error(RussianErrors.translate(fullMessage(for: error), subcommands: names))
            Foundation.exit(code.rawValue)
        }
    }
}
