import ArgumentParser
import Foundation
import RoadmapApp
import RoadmapModel
import RoadmapTerminal

/// `roadmap dashboard`: the coordinator's screen.
struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Панель координатора: школы, дорожная карта, просроченное.",
        discussion: """
        Нужен терминал с UTF-8. Без экрана работают команды roadmap overdue и roadmap list. \
        Тема: --theme, иначе $ROADMAP_THEME, иначе default; встроенные темы — default, light, \
        high-contrast, monochrome. При NO_COLOR или терминале без цветов — monochrome.
        """
    )

    @Option(name: .long, help: ArgumentHelp("Каталог данных.", valueName: "DIR"))
    var data: String?

    @Flag(name: .long, help: "Только просмотр: никаких изменений.")
    var readOnly = false

    @Option(name: .long, help: ArgumentHelp("Тема: имя (default, light, high-contrast, monochrome) или путь к файлу .json.", valueName: "NAME"))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("Дата, на которую считать просрочку: 2021-03-01 или 01.03.2021.", valueName: "DATE"))
    var asOf: String?

    func validate() throws {
        _ = try dashboardDay(asOf, option: "--as-of")
    }

    func run() throws {
        let options = DashboardOptions(dataDirectory: try dashboardDataURL(data),
                                       mode: .coordinator(readOnly: readOnly),
                                       theme: theme, asOf: try dashboardDay(asOf, option: "--as-of"))
        try runDashboard(options)
    }
}

/// Runs the dashboard on the main thread, where every ncurses call is
/// confined, and turns its status into the process exit code.
func runDashboard(_ options: DashboardOptions) throws {
    let status: Int32
    if Thread.isMainThread {
        status = MainActor.assumeIsolated { DashboardRunner.run(options) }
    } else {
        status = DispatchQueue.main.sync { MainActor.assumeIsolated { DashboardRunner.run(options) } }
    }
    if status != 0 { throw ExitCode(status) }
}

/// The data directory: `--data`, else `$ROADMAP_DATA`, else
/// `$XDG_DATA_HOME/roadmap`, else `~/.local/share/roadmap`.
/// A stand-in for the shared `DataLocation.resolve`, which replaces it.
func dashboardDataURL(_ option: String?) throws -> URL {
    let environment = ProcessInfo.processInfo.environment
    if let option, !option.isEmpty { return URL(fileURLWithPath: option) }
    if let path = environment["ROADMAP_DATA"], !path.isEmpty { return URL(fileURLWithPath: path) }
    if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
        return URL(fileURLWithPath: xdg).appendingPathComponent("roadmap")
    }
    return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share/roadmap")
}

/// `2021-03-01` or `01.03.2021`; nil when the option is absent.
func dashboardDay(_ text: String?, option: String) throws -> Day? {
    guard let text else { return nil }
    guard let day = Day.parse(text) else {
        throw ValidationError("\(option): неверная дата «\(text)»; ожидается ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, например 2021-03-01 или 01.03.2021.")
    }
    return day
}
