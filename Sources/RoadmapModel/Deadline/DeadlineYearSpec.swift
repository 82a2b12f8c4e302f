/// Reading the year after a month, quarter or season.
extension DeadlineGrammar {
    /// «2021 года», «2022 г.», «2020-2021 учебного года», «учебного
    /// 2020–2021 года», «2020/21». `marked` tells whether a word («года»,
    /// «учебного») says it is a year, so a bare number is not taken for one.
    func yearSpec(_ cursor: inout DeadlineCursor) -> (YearSpec, marked: Bool)? {
        if let relative = cursor.attempt(relativeYear) { return (relative, true) }
        return cursor.attempt { c in
            let academicBefore = c.word(DeadlineVocabulary.academicWords) != nil
            guard let first = c.number(in: 1000...9999, digits: 4...4) else { return nil }
            if c.attempt({ secondYear(&$0, after: first) }) != nil {
                _ = c.word(DeadlineVocabulary.academicWords)
                _ = c.word(DeadlineVocabulary.yearWords)
                return (.academic(first), true)
            }
            guard !academicBefore else { return nil }
            let marked = c.word(DeadlineVocabulary.yearWords) != nil
            return (.calendar(first), marked)
        }
    }

    /// «текущего года», «этого учебного года», «следующего года»: read from
    /// the roadmap's period. In a school-year roadmap «текущий год» is its
    /// school year (so a month takes the year it has in the period); «этот
    /// учебный год» in a calendar one, which holds parts of two, and «next
    /// year» of a school year, calendar or school, are not guessed.
    private func relativeYear(_ cursor: inout DeadlineCursor) -> YearSpec? {
        let current = cursor.word(DeadlineVocabulary.currentWords) != nil
        guard current || cursor.word(DeadlineVocabulary.nextWords) != nil else { return nil }
        let academic = cursor.word(DeadlineVocabulary.academicWords) != nil
        let calendar = !academic && cursor.word(DeadlineVocabulary.calendarWords) != nil
        guard cursor.word(DeadlineVocabulary.yearWords) != nil else { return nil }
        let start = context.period.start.year
        // «текущего календарного года» in a school year could be either of its two.
        if calendar && context.period.isAcademic { return nil }
        switch (context.period.isAcademic, academic, current) {
        case (true, _, true): return .academic(start)
        case (true, true, false): return .academic(start + 1)
        case (false, false, true): return .calendar(start)
        case (false, false, false): return .calendar(start + 1)
        default: return nil
        }
    }

    /// The «-2021» or «/21» of a school year; it must follow the first year.
    private func secondYear(_ cursor: inout DeadlineCursor, after first: Int) -> Bool? {
        guard cursor.dash() || cursor.next?.kind == .slash else { return nil }
        if cursor.next?.kind == .slash { cursor.advance() }
        if cursor.number(in: (first + 1)...(first + 1), digits: 4...4) != nil { return true }
        let short = (first + 1) % 100
        return cursor.number(in: short...short, digits: 2...2) != nil ? true : nil
    }

    /// Gives a named day the year a year spec says: a calendar year as is,
    /// a school year by the month (September–December the first year).
    func applying(_ spec: YearSpec?, to day: PartialDay) -> PartialDay {
        var result = day
        switch spec {
        case .calendar(let y)?: result.year = y
        case .academic(let y)?: result.year = Period.academic(startYear: y).year(ofMonth: day.month)
        case nil: break
        }
        return result
    }
}
