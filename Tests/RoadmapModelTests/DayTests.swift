import Testing
@testable import RoadmapModel

@Suite("Days and periods")
struct DayTests {
    @Test func parsesBothForms() {
        #expect(Day.parse("2021-03-01") == Day(year: 2021, month: 3, day: 1))
        #expect(Day.parse("01.03.2021") == Day(year: 2021, month: 3, day: 1))
        #expect(Day.parse(" 1.3.2021 ") == Day(year: 2021, month: 3, day: 1))
    }

    @Test(arguments: ["31.02.2021", "2021-13-01", "99999-01-01", "2021-02-29", "", "1.3.21", "2021-3-1", "завтра", "0000-01-01"])
    func refusesDaysThatDoNotExist(text: String) {
        #expect(Day.parse(text) == nil)
    }

    @Test func ordinalsRoundTripAndCountDays() {
        var day = Day(year: 1999, month: 12, day: 25)!
        for _ in 0..<1000 {
            #expect(Day(ordinal: day.ordinal) == day)
            let next = day.adding(days: 1)
            #expect(day.days(until: next) == 1)
            #expect(day < next)
            day = next
        }
        #expect(Day(year: 2020, month: 10, day: 30)!.days(until: Day(year: 2021, month: 3, day: 1)!) == 122)
        #expect(Day(year: 2024, month: 2, day: 28)!.adding(days: 1) == Day(year: 2024, month: 2, day: 29))
    }

    @Test("a day keeps its fields in one word, ordered as the calendar orders them")
    func fieldsAndOrderFromOneWord() {
        #expect(MemoryLayout<Day>.size == 8)
        let days = [(1, 1, 1), (1, 12, 31), (2020, 2, 29), (2020, 3, 1), (2021, 1, 31), (2021, 2, 1), (9999, 12, 31)]
            .map { Day(year: $0.0, month: $0.1, day: $0.2)! }
        for (a, b) in zip(days, days.dropFirst()) { #expect(a < b && !(b < a) && a != b) }
        for day in days {
            #expect(Day(year: day.year, month: day.month, day: day.day) == day)
            #expect(Day(ordinal: day.ordinal) == day)
        }
        #expect(days.map(\.iso) == ["0001-01-01", "0001-12-31", "2020-02-29", "2020-03-01", "2021-01-31", "2021-02-01", "9999-12-31"])
        #expect(Set(days).count == days.count)
    }

    @Test func monthArithmeticKeepsTheDayWhereItExists() {
        #expect(Day(year: 2021, month: 1, day: 31)!.adding(months: 1) == Day(year: 2021, month: 2, day: 28))
        #expect(Day(year: 2020, month: 12, day: 15)!.adding(months: 1) == Day(year: 2021, month: 1, day: 15))
        #expect(Day(year: 2021, month: 3, day: 1)!.adding(months: -1) == Day(year: 2021, month: 2, day: 1))
        #expect(Day(year: 2021, month: 3, day: 1)!.russian == "01.03.2021")
    }

    @Test func periodsReadTheirForms() {
        #expect(Period(parsing: "2022") == .calendar(year: 2022))
        #expect(Period(parsing: "2020-2021") == .academic(startYear: 2020))
        #expect(Period(parsing: "2020–2021") == .academic(startYear: 2020))
        #expect(Period(parsing: "2020/2021") == .academic(startYear: 2020))
        #expect(Period(parsing: "2020-2022") == nil)
        #expect(Period(parsing: "22") == nil)
        #expect(Period(parsing: "2022 год") == nil)
    }

    @Test func academicYearGivesMonthsTheirYear() {
        let period = Period.academic(startYear: 2020)
        #expect(period.year(ofMonth: 9) == 2020)
        #expect(period.year(ofMonth: 12) == 2020)
        #expect(period.year(ofMonth: 1) == 2021)
        #expect(period.year(ofMonth: 8) == 2021)
        #expect(period.start == Day(year: 2020, month: 9, day: 1))
        #expect(period.end == Day(year: 2021, month: 8, day: 31))
        #expect(period.months.count == 12)
        #expect(period.months.first! == (2020, 9))
        #expect(Period.calendar(year: 2022).end == Day(year: 2022, month: 12, day: 31))
    }

    @Test func numbersCompareAsNumbers() {
        #expect("2.9".compare(numbering: "2.10"))
        #expect(!"2.10".compare(numbering: "2.9"))
        #expect("1".compare(numbering: "1.1"))
        #expect("9".compare(numbering: "18"))
    }

    /// Written digit by digit for speed: the same text as before for every
    /// day a file can hold, zero-padded, the year in four digits.
    @Test func bothFormsPadEveryField() {
        #expect(Day(year: 2022, month: 12, day: 31)!.russian == "31.12.2022")
        #expect(Day(year: 2022, month: 12, day: 31)!.iso == "2022-12-31")
        #expect(Day(year: 987, month: 1, day: 9)!.russian == "09.01.0987")
        #expect(Day(year: 5, month: 10, day: 5)!.iso == "0005-10-05")
        #expect(Day(year: 9999, month: 12, day: 31)!.iso == "9999-12-31")
        #expect(Day(year: 2022, month: 3, day: 1)!.basic == "20220301")
        #expect(Day(year: 5, month: 10, day: 5)!.basic == "00051005")
        var day = Day(year: 2019, month: 1, day: 1)!
        for _ in 0..<800 {
            #expect(Day.parse(day.russian) == day && Day.parse(day.iso) == day)
            day = day.adding(days: 1)
        }
    }
}
