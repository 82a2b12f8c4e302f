import Foundation
import RoadmapModel

/// Today's date in the user's time zone: the only place the dashboard
/// reads the clock, so `.today` messages come from one source.
enum LocalClock {
    static func today(now: Date = Date()) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? Day(ordinal: 0)
    }
}
