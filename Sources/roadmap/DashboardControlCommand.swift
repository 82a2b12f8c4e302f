import ArgumentParser
import RoadmapTerminal

/// `roadmap control`: «час контроля», the supervisor's overdue view; never
/// changes anything.
struct Control: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "control",
        abstract: "Час контроля: что просрочено, на сколько дней, кто отвечает. Только просмотр."
    )

    @OptionGroup var options: DataOptions

    @Option(name: .long, help: ArgumentHelp("Дата, на которую считать просрочку: 2021-03-01 или 01.03.2021.", valueName: "DATE"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Тема: имя или путь к файлу .json.", valueName: "NAME"))
    var theme: String?

    func validate() throws {
        if let asOf { _ = try DateArgument.parse(asOf, option: "--as-of") }
    }

    func run() throws {
        let root = try DataLocation.resolve(options.data)
        PullOnOpen.run(root)
        try runDashboard(DashboardOptions(dataDirectory: root, mode: .control,
                                          theme: theme, asOf: try asOf.map { try DateArgument.parse($0, option: "--as-of") }))
    }
}
