import Foundation
import RoadmapApp
import RoadmapModel

/// What the command line tells the dashboard.
public struct DashboardOptions: Sendable {
    public var dataDirectory: URL
    public var mode: AppMode
    /// A theme name or a path to a `.json` file; nil means `ROADMAP_THEME`, then `default`.
    public var theme: String?
    /// The date to judge deadlines by; nil means today.
    public var asOf: Day?
    /// Said on the first screen's status line: the data directory was just made.
    public var notice: String?
    /// Set when the data directory is a git working tree with a server.
    public var sync: DashboardSync?

    public init(dataDirectory: URL, mode: AppMode, theme: String? = nil, asOf: Day? = nil, notice: String? = nil,
                sync: DashboardSync? = nil) {
        self.sync = sync
        self.dataDirectory = dataDirectory
        self.mode = mode
        self.theme = theme
        self.asOf = asOf
        self.notice = notice
    }
}

/// Exit codes, after sysexits(3), so a script can tell what went wrong.
public enum DashboardExit {
    public static let success: Int32 = 0
    /// The data directory has errors (the same code as every loading command).
    public static let dataError: Int32 = 65
    /// No usable terminal here: not a terminal, no UTF-8, unknown TERM.
    public static let unavailable: Int32 = 69
    /// The theme file is missing or broken.
    public static let configError: Int32 = 78

    /// Left on a signal: 128 + its number, as a shell reports it.
    public static func signalled(_ signal: Int32) -> Int32 { 128 + signal }
}
