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
    /// The format style rather than `ISO8601DateFormatter`: the same text
    /// (`Z` for UTC), without loading the ICU formatter a one-mark command
    /// would otherwise spend a tenth of its time on.
    public static func iso8601(_ date: Date, in timeZone: TimeZone = .current) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: timeZone))
    }
}

extension Timestamp {
    /// `2022-03-28T15:02:11+03:00` → `28.03.2022 15:02`: the wall-clock time
    /// as written, in the writer's own zone (the program writes local time
    /// with its offset, and people of one municipality share a zone). Same
    /// text on every machine, so screens and tests never depend on where
    /// they run. Text that is not such a moment comes back as it is, so
    /// nothing a file holds is ever hidden.
    public static func russian(_ iso: String) -> String {
        let b = Array(iso.utf8)
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { $0 < b.count && b[$0] >= 0x30 && b[$0] <= 0x39 } }
        guard b.count >= 16, digits(0..<4), b[4] == UInt8(ascii: "-"), digits(5..<7), b[7] == UInt8(ascii: "-"),
              digits(8..<10), b[10] == UInt8(ascii: "T"), digits(11..<13), b[13] == UInt8(ascii: ":"), digits(14..<16)
        else { return iso }
        let text = { (r: Range<Int>) in String(decoding: b[r], as: UTF8.self) }
        return "\(text(8..<10)).\(text(5..<7)).\(text(0..<4)) \(text(11..<16))"
    }
}
