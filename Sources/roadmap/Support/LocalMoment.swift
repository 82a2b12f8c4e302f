import Foundation

/// A history moment as people read it: the data keeps ISO 8601 with its
/// offset («2026-11-23T18:34:36Z»), the table shows «23.11.2026 18:34» in
/// the local time zone ($TZ), so the same change reads the same way in
/// the dashboard's clock and in the table.
enum LocalMoment {
    static func text(_ iso: String, in timeZone: TimeZone = .current) -> String {
        guard let date = parse(iso) else { return iso }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "dd.MM.yyyy HH:mm"
        return formatter.string(from: date)
    }

    /// With or without fractional seconds; anything else is shown as written.
    private static func parse(_ iso: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: iso) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: iso)
    }
}
