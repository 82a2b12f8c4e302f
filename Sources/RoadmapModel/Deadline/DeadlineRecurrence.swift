/// The occurrences of a recurring deadline inside the roadmap's period.
extension DeadlineContext {
    /// One window per occurrence, in order.
    func occurrences(of recurrence: Recurrence, dayLimit: Int? = nil) -> [DateWindow] {
        switch recurrence {
        case .monthly: return monthWindows(dayLimit: dayLimit)
        case .quarterly:
            guard dayLimit != nil else { return period.quarterWindows }
            // «ежеквартально до 5 числа»: quarterly reports are due early in
            // the month after the quarter, which is a quarter's first month.
            return monthWindows(dayLimit: dayLimit).filter { $0.start.month % 3 == 1 }
        case .term: return termWindows
        case .halfYear: return period.halfYearWindows
        }
    }

    /// The units whose close «по итогам каждой …» names: every month, term
    /// and half-year of the period, and the calendar quarters ending inside
    /// it (an academic year ends two months into a quarter, which closes
    /// after it).
    func closedUnits(of recurrence: Recurrence) -> [DateWindow] {
        switch recurrence {
        case .monthly: return monthWindows(dayLimit: nil)
        case .quarterly:
            return period.quarterWindows.filter { $0.end.month % 3 == 0 && $0.end == Day.lastOf(month: $0.end.month, year: $0.end.year) }
        case .term: return termWindows
        case .halfYear: return period.halfYearWindows
        }
    }

    /// Every month of the period; with a limit («до 15 числа каждого
    /// месяца») from the 1st to that day, or to the month's end when the
    /// month is shorter.
    private func monthWindows(dayLimit: Int?) -> [DateWindow] {
        period.months.compactMap { year, month in
            guard let whole = DateWindow.month(month, year: year) else { return nil }
            guard let dayLimit, dayLimit < whole.end.day,
                  let last = Day(year: year, month: month, day: dayLimit) else { return whole }
            return DateWindow(start: whole.start, end: last)
        }
    }

    /// The school terms: each from the day after the previous term's end (the
    /// first from the period start) to its own end. Ends before the period
    /// start are skipped; no ends, no terms.
    var termWindows: [DateWindow] {
        var result: [DateWindow] = []
        var start = period.start
        for end in termEnds.sorted() where end >= start {
            result.append(DateWindow(start: start, end: end))
            start = end.adding(days: 1)
        }
        return result
    }
}
