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

    @OptionGroup var screen: ScreenOptions

    @Flag(name: .long, help: "Только просмотр: никаких изменений.")
    var readOnly = false

    func run() throws {
        try screen.run(.coordinator(readOnly: readOnly), pullFirst: readOnly)
    }
}

/// Runs the dashboard on the main thread, where every ncurses call is
/// confined, and turns its status into the process exit code.
func runDashboard(_ options: DashboardOptions) throws {
    try runOnMainThread { DashboardRunner.run(options) }
}

/// A screen's loop on the main thread, its status the process exit code.
func runOnMainThread(_ screen: @MainActor () -> Int32) throws {
    let status: Int32
    if Thread.isMainThread {
        status = MainActor.assumeIsolated { screen() }
    } else {
        status = DispatchQueue.main.sync { MainActor.assumeIsolated { screen() } }
    }
    if status != 0 { throw ExitCode(status) }
}
