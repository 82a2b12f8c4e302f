/// Rules for the edges of terms and years: «по итогам I четверти», «по
/// итогам учебного года», «начало учебного года», «конец 2022 года».
extension DeadlineGrammar {
    /// «учебного года», «года», «2022 года», «2022-2023 учебного года».
    func namedYear(_ cursor: inout DeadlineCursor) -> YearEdges? {
        if let (spec, _) = yearSpec(&cursor) {
            switch spec {
            case .calendar(let y):
                return YearEdges(first: Day.firstOf(month: 1, year: y), last: Day.lastOf(month: 12, year: y))
            case .academic(let y):
                return context.schoolYear(startYear: y)
            }
        }
        if cursor.word(DeadlineVocabulary.academicWords) != nil {
            return cursor.word(DeadlineVocabulary.yearWords) != nil ? context.namedSchoolYear : nil
        }
        return cursor.word(DeadlineVocabulary.yearWords) != nil ? context.namedYear : nil
    }

    /// «по итогам I четверти», «по итогам I-II полугодия», «по итогам I
    /// квартала», «по итогам года»: the close of each, see `DeadlineYears.results`.
    func results(_ cursor: inout DeadlineCursor) -> [DeadlineItem]? {
        guard DeadlinePhrases.results.match(&cursor) else { return nil }
        if let units = cursor.attempt(ordinalUnits) { return units.map { .results($0) } }
        guard let year = cursor.attempt(namedYear) else { return nil }
        return [.results(.window(DateWindow(start: year.last, end: year.last)))]
    }

    /// «начало учебного года» (1–10 September), «конец учебного года» (from
    /// the 21st of the month it ends in to its last day), «конец 2022 года»
    /// (21–31 December): the same thirds as of a month.
    func partOfYear(_ cursor: inout DeadlineCursor) -> DeadlineItem? {
        guard let word = cursor.next?.word, let third = DeadlineVocabulary.monthThirds[word], third != 2 else {
            return nil
        }
        cursor.advance()
        guard let year = cursor.attempt(namedYear) else { return nil }
        if third == 1 { return .window(DateWindow(start: year.first, end: year.first.adding(days: 9))) }
        let start = Day(year: year.last.year, month: year.last.month, day: 21) ?? year.last
        return .window(DateWindow(start: min(start, year.last), end: year.last))
    }
}
