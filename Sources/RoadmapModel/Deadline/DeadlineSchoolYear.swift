/// The first and last day of a year a phrase names by a word: «учебного
/// года», «года», «2022 года». A school year runs from 1 September to the
/// end of its last term, when lessons stop, so «до конца учебного года» is
/// due before the summer.
struct YearEdges: Hashable, Sendable {
    var first: Day
    var last: Day
}

extension DeadlineContext {
    /// The school year that starts on 1 September of `startYear` and ends
    /// with the last term ending before the next September (31 May when the
    /// roadmap names no term there).
    func schoolYear(startYear: Int) -> YearEdges {
        let first = Day.firstOf(month: 9, year: startYear)
        let limit = Day.lastOf(month: 8, year: startYear + 1)
        let last = termEnds.filter { first <= $0 && $0 <= limit }.max() ?? Day.lastOf(month: 5, year: startYear + 1)
        return YearEdges(first: first, last: last)
    }

    /// «учебный год» without a number: the school year of an academic
    /// roadmap; in a calendar one its edges inside the year — the start of
    /// the school year beginning in September and the end of the one ending
    /// in spring.
    var namedSchoolYear: YearEdges {
        let startYear = period.start.year
        guard !period.isAcademic else { return schoolYear(startYear: startYear) }
        return YearEdges(first: schoolYear(startYear: startYear).first, last: schoolYear(startYear: startYear - 1).last)
    }

    /// «год» without a number: the school year in an academic roadmap, the
    /// calendar year in a calendar one.
    var namedYear: YearEdges {
        period.isAcademic ? namedSchoolYear : YearEdges(first: period.start, last: period.end)
    }
}

extension PartialDay {
    init(_ day: Day) {
        self.init(day: day.day, month: day.month, year: day.year)
    }
}
