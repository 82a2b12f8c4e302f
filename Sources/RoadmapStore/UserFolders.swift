import Foundation

/// The user's base folders as the XDG rules give them: `$XDG_DATA_HOME`,
/// `$XDG_CACHE_HOME` when set to an absolute path (a relative one is to be
/// ignored), else the usual folder under `$HOME`. The data directory and
/// the overdue index's cache both follow it, so they move together.
public enum UserFolders {
    public static func base(_ variable: String, underHome relative: String,
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let path = environment[variable], path.hasPrefix("/") { return URL(fileURLWithPath: path) }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return URL(fileURLWithPath: home).appendingPathComponent(relative)
        }
        return nil
    }
}
