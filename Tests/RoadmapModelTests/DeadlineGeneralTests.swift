import Testing
@testable import RoadmapModel

/// Monthly windows of one year from the 1st to `day` (or the month's end).
private func monthly(_ months: [(year: Int, month: Int)], upTo day: Int? = nil) -> [String] {
    let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return months.map { year, month in
        let length = month == 2 && year % 4 == 0 ? 29 : lengths[month - 1]
        let mm = month < 10 ? "0\(month)" : "\(month)"
        let last = min(day ?? length, length)
        let dd = last < 10 ? "0\(last)" : "\(last)"
        return "\(year)-\(mm)-01…\(year)-\(mm)-\(dd)"
    }
}

private let calendar2022Months = (1...12).map { (year: 2022, month: $0) }
private let academic2020Months = (9...12).map { (year: 2020, month: $0) } + (1...8).map { (year: 2021, month: $0) }

/// Terms of a roadmap that names its own term ends.
private let customTerms = DeadlineContext(period: .calendar(year: 2022), termEnds: [
    Day(year: 2022, month: 5, day: 31)!, Day(year: 2022, month: 3, day: 25)!,
    Day(year: 2022, month: 10, day: 28)!, Day(year: 2022, month: 12, day: 30)!,
])

/// Forms real roadmaps use that the seeds do not.
private let general: [DeadlineCase] = {
    let a = DeadlineFixtures.academic2020
    let c = DeadlineFixtures.calendar2022
    return [
        // «до», «не позднее», «к»: from the period start, or from the day if earlier.
        deadlineRow("until, words", "до 30 октября 2020 года", a, .windows, ["2020-09-01…2020-10-30"]),
        deadlineRow("no later than", "не позднее 25.12.2020", a, .windows, ["2020-09-01…2020-12-25"]),
        deadlineRow("by, no year, calendar", "к 1 сентября", c, .windows, ["2022-01-01…2022-09-01"]),
        deadlineRow("by, no year, academic", "к 1 сентября", a, .windows, ["2020-09-01…2020-09-01"]),
        deadlineRow("until before period", "до 15.08.2020", a, .windows, ["2020-08-15…2020-08-15"]),
        deadlineRow("until with г.", "к 25.05.2021 г.", a, .windows, ["2020-09-01…2021-05-25"]),
        deadlineRow("until end of month", "до конца ноября", a, .windows, ["2020-09-01…2020-11-30"]),
        // Days and ranges of days.
        deadlineRow("from-to dates", "с 01.09.2020 по 30.09.2020", a, .windows, ["2020-09-01…2020-09-30"]),
        deadlineRow("single date", "15.01.2021", a, .windows, ["2021-01-15…2021-01-15"]),
        deadlineRow("day in words", "20 декабря 2020 г.", a, .windows, ["2020-12-20…2020-12-20"]),
        deadlineRow("short date D.M.YYYY", "5.3.2021", a, .windows, ["2021-03-05…2021-03-05"]),
        deadlineRow("two-digit year", "05.03.21", a, .windows, ["2021-03-05…2021-03-05"]),
        deadlineRow("days of a month", "с 1 по 15 ноября 2020 года", a, .windows, ["2020-11-01…2020-11-15"]),
        deadlineRow("days of a month, dash", "1-15 ноября", a, .windows, ["2020-11-01…2020-11-15"]),
        // Months, ranges and lists; dashes, case, «г.», line breaks, NBSP.
        deadlineRow("caps, em dash, Г.", "НОЯБРЬ — ДЕКАБРЬ  2020 Г.", a, .windows, ["2020-11-01…2020-12-31"]),
        deadlineRow("figure dash, no year", "март‒май", a, .windows, ["2021-03-01…2021-05-31"]),
        deadlineRow("minus sign, trailing dot", "Январь −  март 2021 года.", a, .windows, ["2021-01-01…2021-03-31"]),
        deadlineRow("split over lines", "Ноябрь 2020\nгода", a, .windows, ["2020-11-01…2020-11-30"]),
        deadlineRow("non-breaking spaces", "Ноябрь 2020 г.\u{00A0}–\u{00A0}май 2021 г.", a, .windows,
                    ["2020-11-01…2021-05-31"]),
        deadlineRow("range over new year, one year", "Декабрь - февраль 2021 года", a, .windows,
                    ["2020-12-01…2021-02-28"]),
        deadlineRow("range over new year, no year", "ноябрь–февраль", a, .windows, ["2020-11-01…2021-02-28"]),
        deadlineRow("from month to month", "с ноября 2020 года по май 2021 года", a, .windows,
                    ["2020-11-01…2021-05-31"]),
        deadlineRow("list with и, year shared", "Ноябрь 2020 года, январь и март 2021 года", a, .windows,
                    ["2020-11-01…2020-11-30", "2021-01-01…2021-01-31", "2021-03-01…2021-03-31"]),
        deadlineRow("list with semicolon", "ноябрь 2020 года; февраль 2021 года", a, .windows,
                    ["2020-11-01…2020-11-30", "2021-02-01…2021-02-28"]),
        deadlineRow("academic: September is the first year", "Сентябрь, октябрь", a, .windows,
                    ["2020-09-01…2020-09-30", "2020-10-01…2020-10-31"]),
        deadlineRow("academic: January is the second year", "Январь", a, .windows, ["2021-01-01…2021-01-31"]),
        deadlineRow("academic: August is the second year", "август", a, .windows, ["2021-08-01…2021-08-31"]),
        deadlineRow("calendar: January is the year", "Январь", c, .windows, ["2022-01-01…2022-01-31"]),
        deadlineRow("school year without years", "Сентябрь-май", a, .windows, ["2020-09-01…2021-05-31"]),
        deadlineRow("year carried back over the new year", "декабрь, январь 2021 года", a, .windows,
                    ["2020-12-01…2020-12-31", "2021-01-01…2021-01-31"]),
        deadlineRow("during a month", "в течение марта", a, .windows, ["2021-03-01…2021-03-31"]),
        deadlineRow("Latin look-alikes", "Mapт 2021", a, .windows, ["2021-03-01…2021-03-31"]),
        deadlineRow("OCR letter in a month", "Октябпь 2020 года", a, .windows, ["2020-10-01…2020-10-31"]),
        // Quarters, half-years, terms, seasons.
        deadlineRow("quarter, roman, year", "I квартал 2021 года", a, .windows, ["2021-01-01…2021-03-31"]),
        deadlineRow("quarter, digit", "1 квартал", c, .windows, ["2022-01-01…2022-03-31"]),
        deadlineRow("quarter IV, г.", "IV квартал 2020 г.", a, .windows, ["2020-10-01…2020-12-31"]),
        deadlineRow("quarter 3-й", "3-й квартал", c, .windows, ["2022-07-01…2022-09-30"]),
        deadlineRow("quarter III in a school year: the one mostly inside", "III квартал", a, .windows,
                    ["2021-07-01…2021-09-30"]),
        deadlineRow("two quarters", "I и II квартал 2022 года", c, .windows,
                    ["2022-01-01…2022-03-31", "2022-04-01…2022-06-30"]),
        deadlineRow("quarter range", "I-II квартал", c, .windows, ["2022-01-01…2022-06-30"]),
        deadlineRow("in the second quarter", "во II квартале 2021 года", a, .windows, ["2021-04-01…2021-06-30"]),
        deadlineRow("half-year II, academic", "II полугодие", a, .windows, ["2021-01-01…2021-05-31"]),
        deadlineRow("half-year II, calendar", "II полугодие", c, .windows, ["2022-07-01…2022-12-31"]),
        deadlineRow("OCR l for roman I", "ll полугодие", a, .windows, ["2021-01-01…2021-05-31"]),
        deadlineRow("half-year in words", "первое полугодие", a, .windows, ["2020-09-01…2020-12-31"]),
        deadlineRow("half-year with a calendar year", "1 полугодие 2021 года", a, .windows,
                    ["2021-01-01…2021-06-30"]),
        deadlineRow("half-year of a named school year", "I полугодие 2020-2021 учебного года", c, .windows,
                    ["2020-09-01…2020-12-31"]),
        deadlineRow("second term", "2 четверть", a, .windows, ["2020-11-01…2020-12-31"]),
        deadlineRow("second custom term", "2 четверть", customTerms, .windows, ["2022-03-26…2022-05-31"]),
        deadlineRow("spring", "весна", a, .windows, ["2021-03-01…2021-05-31"]),
        deadlineRow("summer with year", "лето 2022 года", c, .windows, ["2022-06-01…2022-08-31"]),
        deadlineRow("autumn adverb", "осенью", c, .windows, ["2022-09-01…2022-11-30"]),
        deadlineRow("winter crosses the year", "зима", a, .windows, ["2020-12-01…2021-02-28"]),
        deadlineRow("winter of a year holds its January", "зима 2022 года", c, .windows,
                    ["2021-12-01…2022-02-28"]),
        // Continuous.
        deadlineRow("weekly is continuous", "Еженедельно", c, .continuous, DeadlineFixtures.whole2022),
        deadlineRow("yearly", "ежегодно", a, .continuous, DeadlineFixtures.wholeAcademic2020),
        deadlineRow("another year named", "в течение 2022 года", a, .continuous, ["2022-01-01…2022-12-31"]),
        deadlineRow("period", "В течение периода", c, .continuous, DeadlineFixtures.whole2022),
        deadlineRow("misspelt течении", "В течении года", c, .continuous, DeadlineFixtures.whole2022),
        deadlineRow("school year in a calendar roadmap", "в течение учебного года", c, .continuous,
                    DeadlineFixtures.whole2022),
        deadlineRow("a school year named alone", "2020-2021 учебный год", c, .continuous,
                    ["2020-09-01…2021-08-31"]),
        deadlineRow("word split by a stray space", "В тече ние года", c, .continuous, DeadlineFixtures.whole2022),
        deadlineRow("continuous with a remark", "Постоянно (по мере необходимости)", c, .continuous,
                    DeadlineFixtures.whole2022, qualifier: "по мере необходимости"),
        deadlineRow("whole period", "весь период", a, .continuous, DeadlineFixtures.wholeAcademic2020),
        // Recurring.
        deadlineRow("monthly to the 25th", "Ежемесячно до 25 числа", c, .recurring,
                    monthly(calendar2022Months, upTo: 25), recurrence: .monthly),
        deadlineRow("monthly, comma, to the 5th", "ежемесячно, до 5 числа", c, .recurring,
                    monthly(calendar2022Months, upTo: 5), recurrence: .monthly),
        deadlineRow("to the 15th of each month", "до 15 числа каждого месяца", a, .recurring,
                    monthly(academic2020Months, upTo: 15), recurrence: .monthly),
        deadlineRow("to the 30th: February ends sooner", "до 30-го числа каждого месяца", c, .recurring,
                    monthly(calendar2022Months, upTo: 30), recurrence: .monthly),
        deadlineRow("once a month", "1 раз в месяц", c, .recurring, monthly(calendar2022Months), recurrence: .monthly),
        deadlineRow("monthly with a bracketed limit", "Ежемесячно (до 25 числа)", c, .recurring,
                    monthly(calendar2022Months, upTo: 25), recurrence: .monthly, qualifier: "до 25 числа"),
        deadlineRow("once a quarter", "раз в квартал", c, .recurring,
                    ["2022-01-01…2022-03-31", "2022-04-01…2022-06-30", "2022-07-01…2022-09-30",
                     "2022-10-01…2022-12-31"], recurrence: .quarterly),
        deadlineRow("after each quarter, caps", "ПО ИТОГАМ КВАРТАЛА", c, .recurring,
                    ["2022-03-25…2022-04-10", "2022-06-24…2022-07-10", "2022-09-24…2022-10-10",
                     "2022-12-25…2023-01-10"], recurrence: .quarterly),
        deadlineRow("quarterly, by the results of each", "ежеквартально, по итогам квартала", c, .recurring,
                    ["2022-03-25…2022-04-10", "2022-06-24…2022-07-10", "2022-09-24…2022-10-10",
                     "2022-12-25…2023-01-10"], recurrence: .quarterly),
        deadlineRow("after each quarter ending in a school year", "по итогам каждого квартала", a, .recurring,
                    ["2020-09-24…2020-10-10", "2020-12-25…2021-01-10", "2021-03-25…2021-04-10",
                     "2021-06-24…2021-07-10"], recurrence: .quarterly),
        deadlineRow("terms from the settings", "ежечетвертно", customTerms, .recurring,
                    ["2022-01-01…2022-03-25", "2022-03-26…2022-05-31", "2022-06-01…2022-10-28",
                     "2022-10-29…2022-12-30"], recurrence: .term),
        deadlineRow("default terms", "по четвертям", a, .recurring,
                    ["2020-09-01…2020-10-31", "2020-11-01…2020-12-31", "2021-01-01…2021-03-31",
                     "2021-04-01…2021-05-31"], recurrence: .term),
        deadlineRow("default terms of a calendar year", "по итогам четверти", c, .recurring,
                    ["2022-03-25…2022-04-10", "2022-05-25…2022-06-10", "2022-10-25…2022-11-10",
                     "2022-12-25…2023-01-10"], recurrence: .term),
        deadlineRow("after each term from the settings", "по окончании каждой четверти", customTerms, .recurring,
                    ["2022-03-19…2022-04-04", "2022-05-25…2022-06-10", "2022-10-22…2022-11-07",
                     "2022-12-24…2023-01-09"], recurrence: .term),
        deadlineRow("half-yearly, academic", "раз в полугодие", a, .recurring,
                    ["2020-09-01…2020-12-31", "2021-01-01…2021-05-31"], recurrence: .halfYear),
        deadlineRow("twice a year is half-yearly", "2 раза в год", c, .recurring,
                    ["2022-01-01…2022-06-30", "2022-07-01…2022-12-31"], recurrence: .halfYear),
        deadlineRow("four times a year is quarterly", "4 раза в год", c, .recurring,
                    ["2022-01-01…2022-03-31", "2022-04-01…2022-06-30", "2022-07-01…2022-09-30",
                     "2022-10-01…2022-12-31"], recurrence: .quarterly),
        deadlineRow("half-yearly, calendar", "по полугодиям", c, .recurring,
                    ["2022-01-01…2022-06-30", "2022-07-01…2022-12-31"], recurrence: .halfYear),
        deadlineRow("after each half-year", "по итогам полугодия", c, .recurring,
                    ["2022-06-24…2022-07-10", "2022-12-25…2023-01-10"], recurrence: .halfYear),
        deadlineRow("at the end of each half-year, academic", "по окончании каждого полугодия", a, .recurring,
                    ["2020-12-25…2021-01-10", "2021-05-25…2021-06-10"], recurrence: .halfYear),
        deadlineRow("after each month", "по итогам месяца", c, .recurring,
                    ["2022-01-25…2022-02-10", "2022-02-22…2022-03-10", "2022-03-25…2022-04-10",
                     "2022-04-24…2022-05-10", "2022-05-25…2022-06-10", "2022-06-24…2022-07-10",
                     "2022-07-25…2022-08-10", "2022-08-25…2022-09-10", "2022-09-24…2022-10-10",
                     "2022-10-25…2022-11-10", "2022-11-24…2022-12-10", "2022-12-25…2023-01-10"],
                    recurrence: .monthly),
        // Unscheduled and remarks.
        deadlineRow("as needed", "По мере необходимости", c, .unscheduled),
        deadlineRow("on request", "по запросу", c, .unscheduled),
        deadlineRow("only a bracketed plan", "(по отдельному графику)", c, .unscheduled,
                    qualifier: "по отдельному графику"),
        deadlineRow("plan after a month, no brackets", "ноябрь 2020 года по отдельному графику", a, .windows,
                    ["2020-11-01…2020-11-30"], qualifier: "по отдельному графику"),
        deadlineRow("remark with capitals kept", "Сентябрь – октябрь 2020 г. (по плану ОО)", a, .windows,
                    ["2020-09-01…2020-10-31"], qualifier: "по плану ОО"),
    ]
}()

@Suite("Deadline forms beyond the seeds")
struct DeadlineGeneralTests {
    @Test("General phrases", arguments: general)
    func phrase(_ row: DeadlineCase) { row.check() }

    @Test("The general table is broad")
    func tableIsBroad() {
        #expect(general.count >= 40)
    }
}
