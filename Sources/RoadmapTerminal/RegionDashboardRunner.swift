import Foundation
import RoadmapApp
import RoadmapModel
import RoadmapStore

/// What the command line gives the region's screen: the rows it counted.
public struct RegionDashboardOptions: Sendable {
    /// The regional folder: each municipality's copy is a folder in it.
    public var region: URL
    public var rows: [MunicipalityRow]
    public var overdue: [RegionOverdueRow]
    public var asOf: Day
    public var theme: String?

    public init(region: URL, rows: [MunicipalityRow], overdue: [RegionOverdueRow], asOf: Day, theme: String? = nil) {
        self.region = region
        self.rows = rows
        self.overdue = overdue
        self.asOf = asOf
        self.theme = theme
    }
}

/// Runs the region's screen; Enter opens a municipality's own dashboard
/// (read-only) in the same terminal, and `q` there comes back here.
@MainActor
public enum RegionDashboardRunner {
    public static func run(_ options: RegionDashboardOptions,
                           environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
        let locator = ThemeLocator(environment: environment)
        let theme: Theme, monochrome: Theme
        do {
            theme = try locator.load(locator.requested(options.theme))
            monochrome = try locator.load(ThemeLocator.monochromeName)
        } catch {
            DashboardRunner.printError("Тема не загружена:\n\(error)")
            return DashboardExit.configError
        }
        do {
            try TerminalPreflight.check(environment: environment)
        } catch {
            DashboardRunner.printError(error.description)
            return DashboardExit.unavailable
        }
        guard let session = DashboardRunner.openSession(theme: theme, monochrome: monochrome,
                                                        environment: environment) else {
            return DashboardExit.unavailable
        }
        let size = session.size
        var state = RegionState(rows: options.rows, overdue: options.overdue, asOf: options.asOf,
                                width: size.width, height: size.height)
        let status = loop(&state, options, session)
        session.close()
        return status
    }

    private static func loop(_ state: inout RegionState, _ options: RegionDashboardOptions, _ session: TerminalSession) -> Int32 {
        var needsDraw = true
        while true {
            if let signal = TerminalRestore.requestedExit { return DashboardExit.signalled(signal) }
            if needsDraw { session.draw(RegionApp.render(state), cursor: nil) }
            needsDraw = true
            let msg: RegionMsg
            switch session.read(timeout: DashboardRunner.readTimeout) {
            case .closed: return DashboardExit.success
            case .event(.key(let key)): msg = .key(key)
            case .event(.resize):
                session.didResize()
                msg = .resize(width: session.size.width, height: session.size.height)
            case .event(.paste), .event(.ignored), .timeout:
                needsDraw = false
                continue
            }
            for effect in RegionApp.update(&state, msg) {
                switch effect {
                case .quit: return DashboardExit.success
                case .open(let folder, let name):
                    let problem = open(options.region.appendingPathComponent(folder), name: name, asOf: options.asOf, session)
                    if let signal = TerminalRestore.requestedExit { return DashboardExit.signalled(signal) }
                    _ = RegionApp.update(&state, .resize(width: session.size.width, height: session.size.height))
                    _ = RegionApp.update(&state, .returned(problem: problem))
                }
            }
        }
    }

    /// The municipality's own dashboard, read-only, on the region's date;
    /// the reason when its copy cannot be read.
    private static func open(_ root: URL, name: String, asOf: Day, _ session: TerminalSession) -> String? {
        let directory = DataDirectory(root)
        let report = directory.load()
        guard let data = report.data, report.errors.isEmpty else {
            return "\(name): данные содержат ошибок: \(report.errors.count) (roadmap validate --data \(root.path))"
        }
        let today = Day(Date())
        let size = session.size
        var loop = DashboardLoop(
            state: AppState(data: data, directory: root.path, mode: .coordinator(readOnly: true), today: today, asOf: asOf,
                            width: size.width, height: size.height, user: LoginName.current, now: Timestamp.iso8601(Date())),
            directory: directory, session: session, today: today, snapshot: report.snapshot)
        _ = loop.run()
        return nil
    }
}
