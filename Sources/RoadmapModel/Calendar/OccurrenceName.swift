/// How people name a period, an occurrence and a month: the справка and
/// the dashboard's status line and detail use the same words.
public enum OccurrenceName {
    /// A recurring measure's occurrence as people name it: «I четверть»,
    /// «IV квартал 2020 г.», «II полугодие 2021 г.», «январь 2022 г.». A
    /// term takes the roadmap's own name for it when the term's end falls in
    /// the window. The window's start names the period: an occurrence «по
    /// итогам» starts inside the period it closes and runs a few days past it.
    public static func of(_ window: DateWindow, recurrence: Recurrence?, terms: [SchoolTerm], termEnds: [Day]) -> String {
        let start = window.start
        switch recurrence {
        case .term:
            if let term = terms.first(where: { window.start <= $0.end && $0.end <= window.end }) { return term.name }
            let end = termEnds.first { window.start <= $0 && $0 <= window.end } ?? window.end
            return "\(roman(termNumber(endingIn: end.month))) четверть"
        case .quarterly:
            return "\(roman((start.month - 1) / 3 + 1)) квартал \(start.year) г."
        case .halfYear:
            return "\(start.month <= 6 ? "I" : "II") полугодие \(start.year) г."
        case .monthly:
            return "\(monthNames[start.month - 1]) \(start.year) г."
        case nil:
            return self.window(window)
        }
    }

    /// The occurrence of a measure of this roadmap, in the roadmap's own
    /// names for its terms.
    public static func of(_ window: DateWindow, recurrence: Recurrence?, in roadmap: Roadmap) -> String {
        of(window, recurrence: recurrence, terms: roadmap.terms, termEnds: roadmap.deadlineContext.termEnds)
    }

    /// «2022 год» or «2020-2021 учебный год».
    public static func period(_ period: Period) -> String {
        switch period {
        case .calendar(let year): return "\(year) год"
        case .academic(let year): return "\(year)-\(year + 1) учебный год"
        }
    }

    /// An occurrence's period as a sub-row names it: «март 2022 г.» for a
    /// whole month, «15.01.2021» for one day, else «01.01.2022–31.03.2022».
    public static func window(_ window: DateWindow) -> String {
        if window.start == window.end { return window.start.russian }
        if window.start.day == 1, window.start.month == window.end.month, window.start.year == window.end.year,
           window.end == Day.lastOf(month: window.end.month, year: window.end.year) {
            return "\(monthNames[window.start.month - 1]) \(window.start.year) г."
        }
        return "\(window.start.russian)–\(window.end.russian)"
    }

    /// The school year's terms end in autumn, at the new year, in March and in May.
    static func termNumber(endingIn month: Int) -> Int {
        switch month {
        case 9...11: return 1
        case 12, 1, 2: return 2
        case 3, 4: return 3
        default: return 4
        }
    }

    static func roman(_ number: Int) -> String {
        ["I", "II", "III", "IV"][max(1, min(number, 4)) - 1]
    }

    public static let monthNames = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                                    "сентябрь", "октябрь", "ноябрь", "декабрь"]
}

extension Schedule {
    /// How people name the occurrence a key records («май 2022 г.», «II
    /// четверть»; the cell's own name, «предварительный отчёт», when it
    /// gives one), or nil when the measure has one window.
    public func occurrenceName(of key: ProgressKey, in data: RoadmapData) -> String? {
        guard let day = key.occurrence, let measure = data.measure(key.measure) else { return nil }
        let deadline = deadline(of: measure)
        guard let window = deadline.windows.first(where: { $0.end == day }) else { return nil }
        return deadline.name(of: window) ?? OccurrenceName.of(window, recurrence: deadline.recurrence, in: data.roadmap)
    }
}
