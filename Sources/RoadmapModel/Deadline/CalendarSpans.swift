/// Calendar spans the deadline grammar names: whole months, quarters,
/// half-years and the parts of them that fall inside a period.
extension DateWindow {
    /// Nil when the month or year is out of range, so a garbled number can
    /// never produce an invalid `Day`.
    static func month(_ month: Int, year: Int) -> DateWindow? {
        guard let first = Day(year: year, month: month, day: 1) else { return nil }
        return DateWindow(start: first, end: Day.lastOf(month: month, year: year))
    }

    /// The part of this window inside `other`, nil when they do not meet.
    func clipped(to other: DateWindow) -> DateWindow? {
        let start = max(self.start, other.start), end = min(self.end, other.end)
        return start <= end ? DateWindow(start: start, end: end) : nil
    }

    /// Days shared with `other`, zero when they do not meet.
    func overlap(with other: DateWindow) -> Int {
        guard let shared = clipped(to: other) else { return 0 }
        return shared.start.days(until: shared.end) + 1
    }
}

extension Period {
    /// The months the I and II half-years cover. An academic half-year ends
    /// with the lessons (I: September–December, II: January–May), so the
    /// summer months belong to neither; a calendar one is January–June and
    /// July–December. Recurring «по полугодиям» uses the same halves.
    static func halfYearMonths(_ half: Int, academic: Bool) -> (first: Int, last: Int)? {
        switch (half, academic) {
        case (1, true): return (9, 12)
        case (2, true): return (1, 5)
        case (1, false): return (1, 6)
        case (2, false): return (7, 12)
        default: return nil
        }
    }

    /// First and last month of a calendar quarter.
    static func quarterMonths(_ quarter: Int) -> (first: Int, last: Int)? {
        (1...4).contains(quarter) ? (quarter * 3 - 2, quarter * 3) : nil
    }

    /// The half-year windows of this period, in order.
    var halfYearWindows: [DateWindow] {
        (1...2).compactMap { half in
            guard let months = Period.halfYearMonths(half, academic: isAcademic),
                  let first = DateWindow.month(months.first, year: year(ofMonth: months.first)),
                  let last = DateWindow.month(months.last, year: year(ofMonth: months.last)) else { return nil }
            return DateWindow(start: first.start, end: last.end)
        }
    }

    /// Calendar quarters meeting the period, each clipped to it: an academic
    /// year starts inside the third quarter and ends inside the next one.
    var quarterWindows: [DateWindow] {
        var result: [DateWindow] = []
        for year in start.year...end.year {
            for quarter in 1...4 {
                guard let months = Period.quarterMonths(quarter),
                      let first = DateWindow.month(months.first, year: year),
                      let last = DateWindow.month(months.last, year: year),
                      let inside = DateWindow(start: first.start, end: last.end).clipped(to: window)
                else { continue }
                result.append(inside)
            }
        }
        return result
    }
}
