import CNcursesw
import Foundation
import RoadmapApp
import RoadmapModel
import RoadmapStore

/// Runs the dashboard: checks the terminal, loads the data, then loops —
/// draw `App.render(state)`, read a key, `App.update`, run the effects —
/// until the app quits, a signal asks us to leave, or stdin closes.
/// Returns the process exit code; the terminal is restored before it returns.
@MainActor
public enum DashboardRunner {
    /// How long one read waits. Short, so Ctrl-C (a flag set off the main
    /// thread) is seen at once; the clock is checked on the same beat.
    static let readTimeout: Int32 = 100

    public static func run(_ options: DashboardOptions,
                           environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
        let locator = ThemeLocator(environment: environment)
        let theme: Theme
        let monochrome: Theme
        do {
            theme = try locator.load(locator.requested(options.theme))
            monochrome = try locator.load(ThemeLocator.monochromeName)
        } catch {
            printError("Тема не загружена:\n\(error)")
            return DashboardExit.configError
        }
        do {
            try TerminalPreflight.check(environment: environment)
        } catch {
            printError(error.description)
            return DashboardExit.unavailable
        }
        let directory = DataDirectory(options.dataDirectory)
        guard let start = load(directory) else { return DashboardExit.dataError }

        guard let session = openSession(theme: theme, monochrome: monochrome, environment: environment) else {
            return DashboardExit.unavailable
        }
        let today = Day(Date())
        let size = session.size
        var loop = DashboardLoop(
            state: AppState(data: start.data, directory: options.dataDirectory.path, mode: options.mode,
                            today: today, asOf: options.asOf, width: size.width, height: size.height,
                            user: LoginName.current, now: Timestamp.iso8601(Date()), notice: options.notice,
                            detailLoading: start.detail != nil, indexed: start.indexed),
            directory: directory, session: session, today: today, snapshot: start.snapshot, sync: options.sync,
            detail: start.detail)
        let status = loop.run()
        session.close()
        return status
    }

    /// Below this many records the whole directory loads faster than one
    /// frame is noticed (about 0.1 s in a release build), and the screen
    /// opens with everything at once.
    static let indexStartRecords = 10_000

    private struct Start {
        var data: RoadmapData
        var snapshot: Snapshot
        /// The full load running behind a first screen drawn from the index.
        var detail: BackgroundLoad?
        /// The index's records behind that screen (`data` is the plan alone).
        var indexed: IndexedProgress?
    }

    /// While the overdue index describes the files (refreshed file by file
    /// after a mark), the first screen is drawn from its statuses and the
    /// JSON is read behind it; else the JSON is read now, and the index
    /// rebuilt for the next start. Errors are printed as
    /// `file:line:column: message` and the screen is never opened.
    private static func load(_ directory: DataDirectory) -> Start? {
        if let start = IndexedStart.open(directory, minimumRecords: indexStartRecords) {
            if start.warningCount > 0 {
                printError("Предупреждений: \(start.warningCount) (подробно: roadmap validate).")
            }
            return Start(data: start.plan, snapshot: Snapshot(), detail: BackgroundLoad(directory),
                         indexed: start.progress)
        }
        let report = OverdueIndexCache(root: directory.root).loadAndRebuild()
        guard let data = report.data, report.errors.isEmpty else {
            for diagnostic in report.diagnostics { printError(diagnostic.description) }
            printError("Каталог данных \(directory.root.path): ошибок — \(report.errors.count); панель не открыта.")
            return nil
        }
        if !report.warnings.isEmpty {
            printError("Предупреждений: \(report.warnings.count) (подробно: roadmap validate).")
        }
        return Start(data: data, snapshot: report.snapshot, detail: nil, indexed: nil)
    }

    /// The terminal taken over (restored on any exit), or nil after saying why.
    static func openSession(theme: Theme, monochrome: Theme, environment: [String: String]) -> TerminalSession? {
        TerminalRestore.install()
        do throws(TerminalRefusal) {
            return try TerminalSession(theme: theme, monochrome: monochrome,
                                       colorsAllowed: (environment["NO_COLOR"] ?? "").isEmpty,
                                       terminalName: environment["TERM"] ?? "")
        } catch {
            printError(error.description)
            return nil
        }
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data(DisplayText.neutralised(text + "\n", as: .lines).utf8))
    }
}
