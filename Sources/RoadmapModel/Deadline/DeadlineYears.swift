/// Gives every named day its year and turns items into windows.
///
/// The rules, in order:
/// - a year written after the end of a range belongs to the end; the start
///   takes the latest year that keeps it not after the end («Декабрь –
///   февраль 2021 года» starts in December 2020);
/// - an item without a year takes it from the next item in the list that
///   has one («Ноябрь, декабрь 2020 года»);
/// - otherwise the period decides: of the two readings (the end's month
///   placed in the period, or the start's) the one overlapping the period
///   most wins, so «ноябрь–февраль» in 2020-2021 is November 2020 to
///   February 2021, and «зима» in 2022 is December 2021 to February 2022.
struct DeadlineYears {
    let period: Period

    /// Windows of the items in order, nil if any of them cannot be placed.
    func windows(of items: [DeadlineItem]) -> [DateWindow]? {
        var result: [DateWindow] = []
        var anchor: Day?
        for item in items.reversed() {
            guard let (window, named) = place(item, anchor: anchor) else { return nil }
            result.append(window)
            anchor = named
        }
        return result.reversed()
    }

    /// The window of one item, and the first day it names when that day can
    /// lend its year to an item before it.
    private func place(_ item: DeadlineItem, anchor: Day?) -> (DateWindow, Day?)? {
        switch item {
        case .span(let from, let to):
            let carries = from.year != nil || to.year != nil || anchor != nil
            guard let window = span(from: from, to: to, anchor: anchor) else { return nil }
            return (window, carries ? window.start : nil)
        case .until(let day):
            let carries = day.year != nil || anchor != nil
            let named = day.year ?? anchor.map { year(of: day.month, before: $0) } ?? period.year(ofMonth: day.month)
            guard let last = day.resolved(year: named, asEnd: true) else { return nil }
            return (DateWindow(start: min(period.start, last), end: last), carries ? last : nil)
        case .from(let day):
            let carries = day.year != nil || anchor != nil
            let named = day.year ?? anchor.map { year(of: day.month, before: $0) } ?? period.year(ofMonth: day.month)
            guard let first = day.resolved(year: named, asEnd: false) else { return nil }
            return (DateWindow(start: first, end: max(period.end, first)), carries ? first : nil)
        case .results(let inner):
            guard let (window, named) = place(inner, anchor: anchor) else { return nil }
            return (DeadlineYears.results(of: window), named)
        case .window(let window), .continuous(let window):
            return (window, nil)
        case .named(_, let inner):
            return place(inner, anchor: anchor)
        case .recurring, .unscheduled:
            return nil
        }
    }

    /// Days before the end of a term, quarter or year that «по итогам» takes
    /// in, and days after it: results are summed up as it closes and
    /// reported in the week and a half after it.
    static let resultsLead = 6, resultsLag = 10

    /// «по итогам I четверти»: the last week of the window and ten days after it.
    static func results(of window: DateWindow) -> DateWindow {
        DateWindow(start: window.end.adding(days: -resultsLead), end: window.end.adding(days: resultsLag))
    }

    /// The year a yearless month gets from a later named day.
    private func year(of month: Int, before anchor: Day) -> Int {
        month <= anchor.month ? anchor.year : anchor.year - 1
    }

    func span(from: PartialDay, to: PartialDay, anchor: Day? = nil) -> DateWindow? {
        let wraps = from.month > to.month
        switch (from.year, to.year) {
        case let (start?, end?):
            return build(from, start, to, end)
        case let (nil, end?):
            return build(from, wraps ? end - 1 : end, to, end)
        case let (start?, nil):
            return build(from, start, to, wraps ? start + 1 : start)
        case (nil, nil):
            if let anchor {
                let end = year(of: to.month, before: anchor)
                return build(from, wraps ? end - 1 : end, to, end)
            }
            return bestReading(from: from, to: to, wraps: wraps)
        }
    }

    private func bestReading(from: PartialDay, to: PartialDay, wraps: Bool) -> DateWindow? {
        let byEnd = period.year(ofMonth: to.month)
        let byStart = period.year(ofMonth: from.month)
        let readings = [
            build(from, wraps ? byEnd - 1 : byEnd, to, byEnd),
            build(from, byStart, to, wraps ? byStart + 1 : byStart),
        ].compactMap { $0 }
        return readings.max { $0.overlap(with: period.window) < $1.overlap(with: period.window) }
    }

    private func build(_ from: PartialDay, _ startYear: Int, _ to: PartialDay, _ endYear: Int) -> DateWindow? {
        guard let start = from.resolved(year: startYear, asEnd: false),
              let end = to.resolved(year: endYear, asEnd: true), start <= end else { return nil }
        return DateWindow(start: start, end: end)
    }
}
