import Foundation

/// A sync time as people read it here: local time, «12.05.2026 10:41».
public enum SyncTimeText {
    public static func text(_ date: Date?) -> String {
        guard let date else { return "не получен" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "ru_RU_POSIX")
        formatter.dateFormat = "dd.MM.yyyy HH:mm"
        return formatter.string(from: date)
    }

    /// ISO 8601 with the local offset, for JSON.
    public static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = .current
        return formatter.string(from: date)
    }
}
