import Foundation

/// Who makes a change when nobody says: the login name, written into every
/// history entry so the report's audit trail names a person.
public enum LoginName {
    public static var current: String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return ProcessInfo.processInfo.environment["USER"] ?? "неизвестный пользователь"
    }
}
