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

    @OptionGroup var options: DataOptions

    @Flag(name: .long, help: "Только просмотр: никаких изменений.")
    var readOnly = false

    @Option(name: .long, help: ArgumentHelp("Тема: имя (default, light, high-contrast, monochrome) или путь к файлу .json.", valueName: "NAME"))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("Дата, на которую считать просрочку: 2021-03-01 или 01.03.2021.", valueName: "DATE"))
    var asOf: String?

    func validate() throws {
        if let asOf { _ = try DateArgument.parse(asOf, option: "--as-of") }
    }

    func run() throws {
        let root = try DataLocation.resolve(options.data)
        if readOnly { PullOnOpen.run(root) }
        try runDashboard(DashboardOptions(dataDirectory: root,
                                          mode: .coordinator(readOnly: readOnly), theme: theme,
                                          asOf: try asOf.map { try DateArgument.parse($0, option: "--as-of") }))
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
