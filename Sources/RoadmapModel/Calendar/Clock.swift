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
