import Foundation

/// Conversions from a moment to the values the data keeps. They take the
/// moment as an argument so the model never reads the clock itself.
extension Day {
    /// The calendar day of a moment in a time zone (the user's by default).
    public init(_ date: Date, in timeZone: TimeZone = .current) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(ordinal: Day.firstOf(month: 1, year: parts.year ?? 1).ordinal)
        self = self.adding(months: (parts.month ?? 1) - 1).adding(days: (parts.day ?? 1) - 1)
    }
}

public enum Timestamp {
    /// `2021-03-01T10:15:00+03:00`: the form history entries keep.
    public static func iso8601(_ date: Date, in timeZone: TimeZone = .current) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

extension Timestamp {
    /// `2022-03-28T12:02:11Z` → `28.03.2022 15:02` in the user's time zone:
    /// how people read a moment. Text that is not such a moment comes back
    /// as it is, so nothing a file holds is ever hidden.
    public static func russian(_ iso: String, in timeZone: TimeZone = .current) -> String {
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime]
        var moment = parser.date(from: iso)
        if moment == nil {
            parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            moment = parser.date(from: iso)
        }
        guard let moment else { return iso }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "ru_RU_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "dd.MM.yyyy HH:mm"
        return formatter.string(from: moment)
    }
}
