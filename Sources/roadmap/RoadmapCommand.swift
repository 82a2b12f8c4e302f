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
            ValidateCommand.self, DeadlineCommand.self, InitCommand.self, HistoryCommand.self,
        ],
        defaultSubcommand: Dashboard.self
    )
}
