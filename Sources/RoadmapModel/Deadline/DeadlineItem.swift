/// A day named in a phrase, perhaps without its day or its year.
struct PartialDay: Hashable, Sendable {
    /// Nil when only the month is named: the window runs from the month's
    /// first day when this starts it and to its last day when this ends it.
    var day: Int?
    var month: Int
    /// Nil when the phrase leaves the year to the period or to a later item.
    var year: Int?

    /// The concrete day in `year`, nil if it does not exist (31.02).
    func resolved(year: Int, asEnd: Bool) -> Day? {
        guard let day else {
            let whole = DateWindow.month(month, year: year)
            return asEnd ? whole?.end : whole?.start
        }
        return Day(year: year, month: month, day: day)
    }
}

/// A year written after a month, quarter or season: «2021 года», or a
/// school year «2020-2021 учебного года».
enum YearSpec: Hashable, Sendable {
    case calendar(Int)
    case academic(Int)

    var period: Period {
        switch self {
        case .calendar(let y): return .calendar(year: y)
        case .academic(let y): return .academic(startYear: y)
        }
    }
}

/// One item of a deadline phrase, before the items are put together.
enum DeadlineItem: Hashable, Sendable {
    /// A window between two named days or months («Март-май 2021 года»).
    case span(from: PartialDay, to: PartialDay)
    /// «до 30.10.2020»: from the period start to the day.
    case until(PartialDay)
    /// «с 1 сентября»: from the day to the period end.
    case from(PartialDay)
    /// «по итогам I четверти»: the close of the inner item's window, see
    /// `DeadlineYears.results(of:)`. Around a recurrence («по итогам каждой
    /// четверти») it is the close of every occurrence.
    indirect case results(DeadlineItem)
    /// A window already fixed, e.g. a school term from the roadmap's settings.
    case window(DateWindow)
    /// The whole of a span («в течение 2022 года»).
    case continuous(DateWindow)
    /// «ежемесячно до 25 числа»: `dayLimit` is the last day in each month
    /// (for quarters: in the month after each quarter). `within` narrows the
    /// occurrences to a span: «ежемесячно с сентября по май».
    indirect case recurring(Recurrence, dayLimit: Int?, within: DeadlineItem?)
    /// «по отдельному графику» as written: no dates, kept as a remark.
    case unscheduled(String)
    /// «итоговый – 30 июня 2022 года», «5 октября – День учителя»: a window
    /// with the words that name it, as written.
    indirect case named(String, DeadlineItem)

    /// The item without its name.
    var unnamed: DeadlineItem {
        if case .named(_, let inner) = self { return inner.unnamed }
        return self
    }

    /// The words naming the item, nil when it has none.
    var name: String? {
        if case .named(let name, _) = self { return name }
        return nil
    }
}
