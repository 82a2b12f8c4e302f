/// The span a roadmap is written for: a calendar year («на 2022 год») or an
/// academic year («на 2020-2021 учебный год», 1 September to 31 August).
public enum Period: Hashable, Sendable, CustomStringConvertible {
    case calendar(year: Int)
    case academic(startYear: Int)

    /// Reads `2022`, `2020-2021`, `2020/2021`, `2020–2021` (any dash).
    public init?(parsing text: String) {
        let digits = text.split(whereSeparator: { !$0.isNumber })
        switch digits.count {
        case 1:
            guard digits[0].count == 4, let y = Int(digits[0]), y >= 1000 else { return nil }
            let rest = text.filter { !$0.isNumber && !$0.isWhitespace }
            guard rest.isEmpty else { return nil }
            self = .calendar(year: y)
        case 2:
            guard digits[0].count == 4, digits[1].count == 4,
                  let a = Int(digits[0]), let b = Int(digits[1]), b == a + 1, a >= 1000 else { return nil }
            let separator = text.filter { !$0.isNumber && !$0.isWhitespace }
            guard ["-", "–", "—", "/"].contains(separator) else { return nil }
            self = .academic(startYear: a)
        default:
            return nil
        }
    }

    /// `2022` or `2020-2021`, the form the data files use.
    public var description: String {
        switch self {
        case .calendar(let y): return String(y)
        case .academic(let y): return "\(y)-\(y + 1)"
        }
    }

    /// The academic year a day falls in: from 1 September to 31 August.
    public static func academic(containing day: Day) -> Period {
        .academic(startYear: day.month >= 9 ? day.year : day.year - 1)
    }

    public var isAcademic: Bool {
        if case .academic = self { return true }
        return false
    }

    public var start: Day {
        switch self {
        case .calendar(let y): return Day.firstOf(month: 1, year: y)
        case .academic(let y): return Day.firstOf(month: 9, year: y)
        }
    }

    public var end: Day {
        switch self {
        case .calendar(let y): return Day.lastOf(month: 12, year: y)
        case .academic(let y): return Day.lastOf(month: 8, year: y + 1)
        }
    }

    public var window: DateWindow { DateWindow(start: start, end: end) }

    /// The day a screen opens on when no date is asked for: today, or —
    /// once the period is over — its last day, where the year's work stands
    /// as it ended instead of every open item years late.
    public func openingDay(today: Day) -> Day { today > end ? end : today }

    /// The year a month named without one belongs to: in an academic-year
    /// roadmap September–December fall in the first year, January–August in
    /// the second.
    public func year(ofMonth month: Int) -> Int {
        switch self {
        case .calendar(let y): return y
        case .academic(let y): return month >= 9 ? y : y + 1
        }
    }

    /// Where a month falls in the period's order, 0 to 11: January first
    /// in a calendar year, September first in a school year.
    public func monthIndex(_ month: Int) -> Int {
        switch self {
        case .calendar: return month - 1
        case .academic: return (month + 3) % 12
        }
    }

    /// The months of the period in order, as (year, month).
    public var months: [(year: Int, month: Int)] {
        switch self {
        case .calendar(let y): return (1...12).map { (y, $0) }
        case .academic(let y): return (9...12).map { (y, $0) } + (1...8).map { (y + 1, $0) }
        }
    }
}

/// A closed range of days: the first and the last day an occurrence may be
/// carried out. An occurrence is overdue from the day after `end`.
public struct DateWindow: Hashable, Sendable, CustomStringConvertible {
    public var start: Day
    public var end: Day

    public init(start: Day, end: Day) {
        self.start = start
        self.end = end
    }

    public func contains(_ day: Day) -> Bool { start <= day && day <= end }

    public var description: String { "\(start.iso)…\(end.iso)" }
}
