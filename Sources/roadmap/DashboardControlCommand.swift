import ArgumentParser
import RoadmapTerminal

/// `roadmap control`: «час контроля», the supervisor's overdue view; never
/// changes anything.
struct Control: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "control",
        abstract: "Час контроля: что просрочено, на сколько дней, кто отвечает. Только просмотр."
    )

    @Option(name: .long, help: ArgumentHelp("Каталог данных.", valueName: "DIR"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("Дата, на которую считать просрочку: 2021-03-01 или 01.03.2021.", valueName: "DATE"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Тема: имя или путь к файлу .json.", valueName: "NAME"))
    var theme: String?

    func validate() throws {
        _ = try dashboardDay(asOf, option: "--as-of")
    }

    func run() throws {
        let options = DashboardOptions(dataDirectory: try dashboardDataURL(data), mode: .control,
                                       theme: theme, asOf: try dashboardDay(asOf, option: "--as-of"))
        try runDashboard(options)
    }
}
