/// Rules for items that name their own dates: months, days, ranges,
/// «до …», quarters, half-years, school terms and seasons.
extension DeadlineGrammar {
    /// One window item, or several when ordinals share a unit («I и II квартал»).
    func windows(_ cursor: inout DeadlineCursor) -> [DeadlineItem]? {
        // «в течение марта», «в марте», «во II квартале»: the prefix adds nothing.
        // «на начало учебного года»: «на» before a part of a year, too.
        if !DeadlinePhrases.during.contains(where: { $0.match(&cursor) }) {
            _ = cursor.word(["в", "во", "на"])
        }
        if let found = cursor.attempt(until) { return [found] }
        if let found = cursor.attempt(results) { return found }
        if let found = cursor.attempt(partOfMonth) { return [found] }
        if let found = cursor.attempt(partOfYear) { return [found] }
        if let found = cursor.attempt(range) { return [found] }
        if let day = cursor.attempt(reference) { return [.span(from: day, to: day)] }
        if let found = cursor.attempt(ordinalUnits) { return found }
        if let found = cursor.attempt(holidays) { return [found] }
        if let found = cursor.attempt(season) { return [found] }
        return nil
    }

    /// «до 30.10.2020», «не позднее 25.12.2020», «к 1 сентября», «до конца
    /// ноября», «до конца 2022 года», «до конца учебного года», «к началу
    /// учебного года».
    private func until(_ cursor: inout DeadlineCursor) -> DeadlineItem? {
        guard DeadlinePhrases.until.contains(where: { $0.match(&cursor) }) else { return nil }
        if let day = cursor.attempt(dayReference) { return .until(day) }
        if cursor.word(["конца", "концу"]) != nil {
            if let month = cursor.attempt(monthReference) { return .until(month) }
            return cursor.attempt(namedYear).map { .until(PartialDay($0.last)) }
        }
        guard cursor.word(["начала", "началу"]) != nil, let year = cursor.attempt(namedYear) else { return nil }
        return .until(PartialDay(year.first))
    }

    /// «Март-май 2021 года», «02.11.2020-03.11.2020», «с 01.09.2020 по
    /// 30.09.2020», «с ноября по декабрь», «1-15 ноября», «с 1 по 15 ноября»;
    /// «с 1 сентября», «с сентября 2022 г.» run to the end of the period.
    func range(_ cursor: inout DeadlineCursor) -> DeadlineItem? {
        let opened = cursor.word(["с", "со"]) != nil
        let start = cursor.attempt(reference)
        let bareDay = start == nil ? cursor.number(in: 1...31) : nil
        guard bareDay != nil || start != nil else { return nil }
        let joined = cursor.dash() || (opened && cursor.word(["по", "до"]) != nil)
        if !joined, opened, let start { return .from(start) }
        guard joined, let end = cursor.attempt(reference) else { return nil }
        if let bareDay {
            guard end.day != nil else { return nil }
            return .span(from: PartialDay(day: bareDay, month: end.month, year: end.year), to: end)
        }
        guard let start, !runsBackward(from: start, to: end) else { return nil }
        return .span(from: start, to: end)
    }

    /// A range with no year written is read inside the period, in the
    /// order of its months: «сентябрь – май» is one school year in an
    /// academic roadmap, but «май – март» (in a calendar year) or «май –
    /// сентябрь» (in a school year) runs backward and could only be placed
    /// across the period's edge — never what a plan for the period means.
    func runsBackward(from start: PartialDay, to end: PartialDay) -> Bool {
        guard start.year == nil, end.year == nil else { return false }
        let period = context.period
        let first = (period.monthIndex(start.month), start.day ?? 1)
        let last = (period.monthIndex(end.month), end.day ?? 31)
        return first > last
    }

    /// A named day or a named month.
    private func reference(_ cursor: inout DeadlineCursor) -> PartialDay? {
        cursor.attempt(dayReference) ?? cursor.attempt(monthReference)
    }

    /// «15.01.2021», «15.01.2021 г.», «20 декабря 2020 г.», «1 сентября»;
    /// with a time of day before or after it («до 12.00 14.04.2022», «15.03
    /// до 18:00»): the day is the deadline, the hour is finer than a window.
    private func dayReference(_ cursor: inout DeadlineCursor) -> PartialDay? {
        let timed = cursor.time()
        guard let day = cursor.attempt(bareDayReference) else { return nil }
        if !timed {
            _ = cursor.attempt { c -> Bool? in
                _ = c.word(["в", "до", "к"])
                return c.time() ? true : nil
            }
        }
        return day
    }

    private func bareDayReference(_ cursor: inout DeadlineCursor) -> PartialDay? {
        if case .date(let day, let month, let year)? = cursor.next?.kind {
            cursor.advance()
            guard (1...12).contains(month), (1...31).contains(day) else { return nil }
            let written = PartialDay(day: day, month: month, year: year)
            guard year == nil else {
                _ = cursor.word(DeadlineVocabulary.yearWords)
                return written
            }
            // «до 01.10 с.г.»: the year in words after a date without one.
            return applying(yearSpec(&cursor)?.0, to: written)
        }
        guard let day = cursor.number(in: 1...31), let month = monthWord(&cursor) else { return nil }
        return applying(yearSpec(&cursor)?.0, to: PartialDay(day: day, month: month, year: nil))
    }

    /// «ноябрь», «Декабрь 2022 г.», «сентябрь 2020-2021 учебного года»,
    /// «октябрь, 2022».
    func monthReference(_ cursor: inout DeadlineCursor) -> PartialDay? {
        guard let month = monthWord(&cursor) else { return nil }
        let spec = yearSpec(&cursor)?.0 ?? cursor.attempt { c -> YearSpec? in
            c.separator() ? yearSpec(&c)?.0 : nil
        }
        return applying(spec, to: PartialDay(day: nil, month: month, year: nil))
    }

    private func monthWord(_ cursor: inout DeadlineCursor) -> Int? {
        guard let word = cursor.next?.word, let month = DeadlineVocabulary.months[word] else { return nil }
        cursor.advance()
        return month
    }

    /// «весна», «летом 2021 года», «зима 2020-2021 учебного года», «в
    /// летний период 2023 г.».
    private func season(_ cursor: inout DeadlineCursor) -> DeadlineItem? {
        guard let word = cursor.next?.word, let season = DeadlineVocabulary.seasons[word] else { return nil }
        cursor.advance()
        _ = cursor.word(DeadlineVocabulary.periodWords)
        let months = season.months
        return span(first: months.first, last: months.last, spec: yearSpec(&cursor)?.0)
    }

    /// «осенние каникулы», «в зимние каникулы 2023 года»: the usual dates of
    /// Russian school holidays, see `DeadlineVocabulary.Season.holidays`.
    private func holidays(_ cursor: inout DeadlineCursor) -> DeadlineItem? {
        guard let word = cursor.next?.word, let season = DeadlineVocabulary.seasons[word] else { return nil }
        cursor.advance()
        guard cursor.word(DeadlineVocabulary.holidayWords) != nil else { return nil }
        let days = season.holidays
        return span(from: PartialDay(day: days.first.day, month: days.first.month, year: nil),
                    to: PartialDay(day: days.last.day, month: days.last.month, year: nil),
                    spec: yearSpec(&cursor)?.0)
    }

    /// A span of whole months with the year written after it: a calendar
    /// year goes to the last month, a school year is placed at once.
    func span(first: Int, last: Int, spec: YearSpec?) -> DeadlineItem? {
        span(from: PartialDay(day: nil, month: first, year: nil),
             to: PartialDay(day: nil, month: last, year: nil), spec: spec)
    }

    func span(from: PartialDay, to: PartialDay, spec: YearSpec?) -> DeadlineItem? {
        var to = to
        switch spec {
        case .academic?:
            guard let spec, let window = DeadlineYears(period: spec.period).span(from: from, to: to) else { return nil }
            return .window(window)
        case .calendar(let y)?:
            to.year = y
        case nil:
            break
        }
        return .span(from: from, to: to)
    }
}
