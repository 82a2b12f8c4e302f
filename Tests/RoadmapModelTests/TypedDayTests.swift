import Testing
@testable import RoadmapModel

/// Days typed on the screen: the forms people type, placed in the
/// roadmap's period when they leave the year out.
@Suite("Days as people type them")
struct TypedDayTests {
    static let calendar = DeadlineContext(period: .calendar(year: 2022))
    static let academic = DeadlineContext(period: .academic(startYear: 2020))

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    static func parse(_ text: String, _ context: DeadlineContext = calendar, near: Day = day(2022, 6, 15)) -> Day? {
        TypedDay.parse(text, in: context, near: near)
    }

    @Test func theFullFormsAreDays() {
        #expect(Self.parse("12.05.2022") == Self.day(2022, 5, 12))
        #expect(Self.parse("2022-05-12") == Self.day(2022, 5, 12))
        #expect(Self.parse(" 1.3.2021 ") == Self.day(2021, 3, 1))
        #expect(Self.parse("12.05.22") == Self.day(2022, 5, 12))
    }

    @Test func aDayWithoutTheYearFallsInTheCalendarYear() {
        #expect(Self.parse("01.03") == Self.day(2022, 3, 1))
        #expect(Self.parse("1 марта") == Self.day(2022, 3, 1))
        #expect(Self.parse("31 декабря") == Self.day(2022, 12, 31))
    }

    /// An academic-year roadmap: September–December in its first year,
    /// January–August in the second, as in its deadlines.
    @Test func monthsFollowTheAcademicYear() {
        #expect(Self.parse("01.10", Self.academic) == Self.day(2020, 10, 1))
        #expect(Self.parse("01.03", Self.academic) == Self.day(2021, 3, 1))
        #expect(Self.parse("октябрь", Self.academic) == Self.day(2020, 10, 31))
        #expect(Self.parse("март", Self.academic) == Self.day(2021, 3, 31))
        #expect(Self.parse("15 декабря", Self.academic) == Self.day(2020, 12, 15))
        #expect(Self.parse("29 февраля", Self.academic) == nil, "2021 is not a leap year")
    }

    /// A month alone is its last day: what the month's work came to.
    @Test func aMonthIsItsLastDayInAnyForm() {
        for text in ["март", "Март", "марта", "марте", "мар", "мар."] {
            #expect(Self.parse(text) == Self.day(2022, 3, 31), "\(text)")
        }
        #expect(Self.parse("февраль") == Self.day(2022, 2, 28))
        #expect(Self.parse("май 2021") == Self.day(2021, 5, 31))
        #expect(Self.parse("1 мая 2021 г.") == Self.day(2021, 5, 1))
        #expect(Self.parse("1 мая 2021 года") == Self.day(2021, 5, 1))
    }

    /// The end of the term the date on screen falls in; after the last one, the last.
    @Test func theEndOfTheTermCountsFromTheDateOnScreen() {
        #expect(Self.parse("конец четверти", Self.academic, near: Self.day(2020, 11, 10)) == Self.day(2020, 12, 31))
        #expect(Self.parse("Конец четверти", Self.academic, near: Self.day(2021, 3, 31)) == Self.day(2021, 3, 31))
        #expect(Self.parse("конец четверти", Self.academic, near: Self.day(2021, 7, 1)) == Self.day(2021, 5, 31))
        let named = DeadlineContext(period: .academic(startYear: 2020), termEnds: [Self.day(2020, 10, 25), Self.day(2020, 12, 27)])
        #expect(Self.parse("конец четверти", named, near: Self.day(2020, 10, 1)) == Self.day(2020, 10, 25))
    }

    @Test(arguments: ["", "завтра", "32.01", "01.13", "1 мартобря", "март 22", "1 марта 2022 года и", "01.03.2022.1", "12 05"])
    func notADay(text: String) {
        #expect(Self.parse(text) == nil)
    }

    /// Once the period is over, a screen opens on its last day; before or
    /// inside it, on today.
    @Test func theOpeningDayIsTodayOrThePeriodsLastDay() {
        let period = Period.calendar(year: 2022)
        #expect(period.openingDay(today: Self.day(2026, 12, 6)) == Self.day(2022, 12, 31))
        #expect(period.openingDay(today: Self.day(2023, 1, 1)) == Self.day(2022, 12, 31))
        #expect(period.openingDay(today: Self.day(2022, 12, 31)) == Self.day(2022, 12, 31))
        #expect(period.openingDay(today: Self.day(2022, 6, 1)) == Self.day(2022, 6, 1))
        #expect(period.openingDay(today: Self.day(2021, 6, 1)) == Self.day(2021, 6, 1))
        #expect(Period.academic(startYear: 2020).openingDay(today: Self.day(2021, 9, 1)) == Self.day(2021, 8, 31))
    }
}
