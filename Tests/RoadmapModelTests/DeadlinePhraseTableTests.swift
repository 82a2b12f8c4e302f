import Testing
@testable import RoadmapModel

/// Windows of every month of `months`, from the 1st to `day` (or the month's end).
private func monthWindows(_ months: [(year: Int, month: Int)], upTo day: Int? = nil) -> [String] {
    months.map { year, month in
        let whole = DateWindow.month(month, year: year)!
        let last = day.map { min($0, whole.end.day) } ?? whole.end.day
        return DateWindow(start: whole.start, end: Day(year: year, month: month, day: last)!).description
    }
}

private let schoolYear2022 = (9...12).map { (year: 2022, month: $0) } + (1...8).map { (year: 2023, month: $0) }

/// A 2022-2023 roadmap whose terms end before the usual dates.
private let shortTerms = DeadlineContext(period: .academic(startYear: 2022), termEnds: [
    Day(year: 2022, month: 10, day: 28)!, Day(year: 2022, month: 12, day: 29)!,
    Day(year: 2023, month: 3, day: 24)!, Day(year: 2023, month: 5, day: 26)!,
])

/// Phrases of school roadmaps found refused before, with their variants
/// (case, «г.», «года», ё/е, spaces, dashes), in a 2022-2023 roadmap unless
/// a row says otherwise.
private let phrases: [DeadlineCase] = {
    let a = DeadlineContext(period: .academic(startYear: 2022))
    let c = DeadlineFixtures.calendar2023
    let whole = ["2022-09-01…2023-08-31"]
    let untilNov15 = ["2022-09-01…2022-11-15"]
    let reportsAfterQuarters = ["2022-10-01…2022-10-05", "2023-01-01…2023-01-05", "2023-04-01…2023-04-05",
                                "2023-07-01…2023-07-05"]
    let afterFirstTerm = ["2022-10-25…2022-11-10"]
    let afterSchoolYear = ["2023-05-25…2023-06-10"]
    let summer = ["2023-06-01…2023-08-31"]
    return [
        // «в срок до» and its spellings.
        deadlineRow("by the term, date", "в срок до 15.11.2022", a, .windows, untilNov15),
        deadlineRow("by the term, г.", "в срок до 15.11.2022 г.", a, .windows, untilNov15),
        deadlineRow("by the term, words", "в срок до 15 ноября 2022 года", a, .windows, untilNov15),
        deadlineRow("by the term, caps and spaces", "В  СРОК  ДО 15 НОЯБРЯ 2022 Г.", a, .windows, untilNov15),
        deadlineRow("by the term, no later than", "в срок не позднее 15.11.2022", a, .windows, untilNov15),
        deadlineRow("term without в", "срок до 15.11.2022", a, .windows, untilNov15),
        deadlineRow("until, года after a date", "до 15.11.2022 года", a, .windows, untilNov15),
        // Recurrences inside a span.
        deadlineRow("monthly in the school year", "ежемесячно в течение учебного года", a, .recurring,
                    monthWindows(schoolYear2022), recurrence: .monthly),
        deadlineRow("monthly in the year, течении", "Ежемесячно в течении года", a, .recurring,
                    monthWindows(schoolYear2022), recurrence: .monthly),
        deadlineRow("monthly in a named year", "ежемесячно в течение 2023 года", a, .recurring,
                    monthWindows((1...8).map { (2023, $0) }), recurrence: .monthly),
        deadlineRow("monthly from September to May", "ежемесячно с сентября по май", a, .recurring,
                    monthWindows(Array(schoolYear2022.prefix(9))), recurrence: .monthly),
        deadlineRow("monthly from October", "ежемесячно, с октября", a, .recurring,
                    monthWindows(Array(schoolYear2022.dropFirst())), recurrence: .monthly),
        deadlineRow("quarterly in a named year", "ежеквартально в течение 2023 года", a, .recurring,
                    ["2023-01-01…2023-03-31", "2023-04-01…2023-06-30", "2023-07-01…2023-08-31"],
                    recurrence: .quarterly),
        // Limits in the month after the reported one.
        deadlineRow("quarterly, after the reported", "ежеквартально до 5 числа месяца, следующего за отчётным", a,
                    .recurring, reportsAfterQuarters, recurrence: .quarterly),
        deadlineRow("quarterly, after the reported quarter, е", "Ежеквартально до 5-го числа месяца следующего за отчетным кварталом",
                    a, .recurring, reportsAfterQuarters, recurrence: .quarterly),
        deadlineRow("quarterly, comma, to the 5th", "ежеквартально, до 5 числа", a, .recurring, reportsAfterQuarters,
                    recurrence: .quarterly),
        deadlineRow("monthly, after the reported", "до 10 числа месяца, следующего за отчётным", a, .recurring,
                    monthWindows(schoolYear2022, upTo: 10), recurrence: .monthly),
        deadlineRow("monthly word, after the reported", "ежемесячно, до 10 числа месяца, следующего за отчетным", a,
                    .recurring, monthWindows(schoolYear2022, upTo: 10), recurrence: .monthly),
        // A bracketed limit applies.
        deadlineRow("monthly, bracketed limit", "ежемесячно (до 25 числа)", a, .recurring,
                    monthWindows(schoolYear2022, upTo: 25), recurrence: .monthly, qualifier: "до 25 числа"),
        deadlineRow("quarterly, bracketed limit", "ежеквартально (до 10 числа)", a, .recurring,
                    ["2022-10-01…2022-10-10", "2023-01-01…2023-01-10", "2023-04-01…2023-04-10",
                     "2023-07-01…2023-07-10"], recurrence: .quarterly, qualifier: "до 10 числа"),
        // «по итогам» a term, half-year, quarter or year: its last week and ten days after.
        deadlineRow("after term I, roman", "по итогам I четверти", a, .windows, afterFirstTerm),
        deadlineRow("after term 1, digit", "по итогам 1 четверти", a, .windows, afterFirstTerm),
        deadlineRow("after term 1-й", "По итогам 1-й четверти", a, .windows, afterFirstTerm),
        deadlineRow("after the first term, caps", "ПО ИТОГАМ ПЕРВОЙ ЧЕТВЕРТИ", a, .windows, afterFirstTerm),
        deadlineRow("after term II", "по итогам II четверти", a, .windows, ["2022-12-25…2023-01-10"]),
        deadlineRow("after terms I and II", "по итогам I и II четверти", a, .windows,
                    ["2022-10-25…2022-11-10", "2022-12-25…2023-01-10"]),
        deadlineRow("at the end of term III", "по окончании III четверти", a, .windows, ["2023-03-25…2023-04-10"]),
        deadlineRow("after term II, own terms", "по итогам II четверти", shortTerms, .windows,
                    ["2022-12-23…2023-01-08"]),
        deadlineRow("after half-year I", "по итогам I полугодия", a, .windows, ["2022-12-25…2023-01-10"]),
        deadlineRow("after quarter I", "по итогам I квартала", a, .windows, ["2023-03-25…2023-04-10"]),
        deadlineRow("after quarter I of a year", "по итогам I квартала 2023 г.", a, .windows, ["2023-03-25…2023-04-10"]),
        deadlineRow("after the year, academic", "по итогам года", a, .windows, afterSchoolYear),
        deadlineRow("after the year, calendar", "по итогам года", c, .windows, ["2023-12-25…2024-01-10"]),
        deadlineRow("after the school year", "по итогам учебного года", a, .windows, afterSchoolYear),
        deadlineRow("after a named school year", "по итогам 2022-2023 учебного года", a, .windows, afterSchoolYear),
        deadlineRow("after the school year, calendar", "по итогам учебного года", c, .windows, afterSchoolYear),
        deadlineRow("after the school year, own terms", "по итогам учебного года", shortTerms, .windows,
                    ["2023-05-20…2023-06-05"]),
        // Ends and starts of years.
        deadlineRow("to the end of a year", "до конца 2022 года", a, .windows, ["2022-09-01…2022-12-31"]),
        deadlineRow("to the end of a year, г.", "до конца 2022 г.", a, .windows, ["2022-09-01…2022-12-31"]),
        deadlineRow("to the end of the year, academic", "до конца года", a, .windows, ["2022-09-01…2023-05-31"]),
        deadlineRow("to the end of the year, calendar", "до конца года", c, .windows, ["2023-01-01…2023-12-31"]),
        deadlineRow("to the end of the school year", "до конца учебного года", a, .windows, ["2022-09-01…2023-05-31"]),
        deadlineRow("by the end of the school year", "к концу учебного года", a, .windows, ["2022-09-01…2023-05-31"]),
        deadlineRow("school year end, own terms", "до конца учебного года", shortTerms, .windows,
                    ["2022-09-01…2023-05-26"]),
        deadlineRow("school year end in a calendar roadmap", "до конца учебного года", c, .windows,
                    ["2023-01-01…2023-05-31"]),
        deadlineRow("by the start of the school year", "к началу учебного года", a, .windows, ["2022-09-01…2022-09-01"]),
        deadlineRow("by the start, calendar", "к началу учебного года", c, .windows, ["2023-01-01…2023-09-01"]),
        deadlineRow("as at the start of the school year", "на начало учебного года", a, .windows,
                    ["2022-09-01…2022-09-10"]),
        deadlineRow("as at the start, calendar", "на начало учебного года", c, .windows, ["2023-09-01…2023-09-10"]),
        deadlineRow("end of the school year", "конец учебного года", a, .windows, ["2023-05-21…2023-05-31"]),
        deadlineRow("in the end of the school year", "В конце учебного года", a, .windows, ["2023-05-21…2023-05-31"]),
        deadlineRow("end of the school year, own terms", "конец учебного года", shortTerms, .windows,
                    ["2023-05-21…2023-05-26"]),
        deadlineRow("end of a year", "конец 2022 года", a, .windows, ["2022-12-21…2022-12-31"]),
        deadlineRow("start of a year", "начало 2023 г.", a, .windows, ["2023-01-01…2023-01-10"]),
        // Seasons and holidays.
        deadlineRow("summer period", "летний период", a, .windows, summer),
        deadlineRow("in the summer period", "в летний период", a, .windows, summer),
        deadlineRow("summer period of a year", "летний период 2023 г.", a, .windows, summer),
        deadlineRow("summer period, года", "Летний период 2023 года", a, .windows, summer),
        deadlineRow("summer time", "в летнее время", a, .windows, summer),
        deadlineRow("autumn holidays", "осенние каникулы", a, .windows, ["2022-10-25…2022-11-10"]),
        deadlineRow("in the autumn holidays", "в осенние каникулы", a, .windows, ["2022-10-25…2022-11-10"]),
        deadlineRow("winter holidays cross the year", "зимние каникулы", a, .windows, ["2022-12-25…2023-01-10"]),
        deadlineRow("spring holidays", "Весенние каникулы", a, .windows, ["2023-03-20…2023-04-05"]),
        deadlineRow("summer holidays", "летние каникулы", a, .windows, summer),
        // Parts of a month.
        deadlineRow("week 2", "2 неделя ноября", a, .windows, ["2022-11-08…2022-11-14"]),
        deadlineRow("week 1", "1 неделя сентября", a, .windows, ["2022-09-01…2022-09-07"]),
        deadlineRow("second week in words, year", "вторая неделя ноября 2022 года", a, .windows,
                    ["2022-11-08…2022-11-14"]),
        deadlineRow("week 5 runs to the end", "5 неделя октября", a, .windows, ["2022-10-29…2022-10-31"]),
        deadlineRow("decade 1-я", "1-я декада октября", a, .windows, ["2022-10-01…2022-10-10"]),
        deadlineRow("decade II, roman", "II декада октября", a, .windows, ["2022-10-11…2022-10-20"]),
        deadlineRow("decade 3 runs to the end", "3 декада мая", a, .windows, ["2023-05-21…2023-05-31"]),
        deadlineRow("start of a month", "начало сентября", a, .windows, ["2022-09-01…2022-09-10"]),
        deadlineRow("in the start of a month, г.", "в начале сентября 2022 г.", a, .windows, ["2022-09-01…2022-09-10"]),
        deadlineRow("middle of a month", "середина октября", a, .windows, ["2022-10-11…2022-10-20"]),
        deadlineRow("end of a month", "конец мая", a, .windows, ["2023-05-21…2023-05-31"]),
        deadlineRow("end of February", "в конце февраля", a, .windows, ["2023-02-21…2023-02-28"]),
        deadlineRow("end of one month to the start of the next", "конец ноября – начало декабря", a, .windows,
                    ["2022-11-21…2022-12-10"]),
        deadlineRow("parts across the new year", "конец декабря - начало января", a, .windows,
                    ["2022-12-21…2023-01-10"]),
        // «с …» alone: to the end of the period.
        deadlineRow("from a month", "с сентября 2022 г.", a, .windows, whole),
        deadlineRow("from a day in words", "с 1 сентября", a, .windows, whole),
        deadlineRow("from a date", "с 01.09.2022", a, .windows, whole),
        deadlineRow("from mid-October", "с 15 октября", a, .windows, ["2022-10-15…2023-08-31"]),
        deadlineRow("from January, caps", "С ЯНВАРЯ 2023 ГОДА", a, .windows, ["2023-01-01…2023-08-31"]),
        // Other spellings.
        deadlineRow("twice a year", "дважды в год", a, .recurring,
                    ["2022-09-01…2022-12-31", "2023-01-01…2023-05-31"], recurrence: .halfYear),
        deadlineRow("yearly in September", "ежегодно в сентябре", a, .windows, ["2022-09-01…2022-09-30"]),
        deadlineRow("once a year, in May", "1 раз в год, в мае", a, .windows, ["2023-05-01…2023-05-31"]),
        deadlineRow("month, comma, year", "октябрь, 2022", a, .windows, ["2022-10-01…2022-10-31"]),
        deadlineRow("months with a slash", "сентябрь/октябрь", a, .windows,
                    ["2022-09-01…2022-09-30", "2022-10-01…2022-10-31"]),
        deadlineRow("numeral glued to quarter", "Iквартал", a, .windows, ["2023-01-01…2023-03-31"]),
        deadlineRow("numeral glued to half-year", "IIполугодие", a, .windows, ["2023-01-01…2023-05-31"]),
        deadlineRow("all four quarters, academic", "I-IV кварталы", a, .windows, whole),
        deadlineRow("all four quarters, calendar", "I – IV кварталы", c, .windows, DeadlineFixtures.whole2023),
        deadlineRow("all four quarters of a named year", "I-IV кварталы 2023 года", a, .windows,
                    ["2023-01-01…2023-12-31"]),
        deadlineRow("no later than 1 September, academic", "не позднее 1 сентября", a, .windows,
                    ["2022-09-01…2022-09-01"]),
        deadlineRow("no later than 1 September, calendar", "не позднее 1 сентября", c, .windows,
                    ["2023-01-01…2023-09-01"]),
        // Dates set by someone else: no dates, like «по отдельному графику».
        deadlineRow("terms set by Rosobrnadzor", "в сроки, установленные Рособрнадзором", a, .unscheduled),
        deadlineRow("terms set, no comma", "в сроки установленные Рособрнадзором", a, .unscheduled),
        deadlineRow("terms set, misspelt", "В сроки, установленные Рособрнадзоро", a, .unscheduled),
        deadlineRow("terms set, misspelt 2", "в сроки, установленные Рособрнадзор", a, .unscheduled),
        deadlineRow("set terms", "в установленные сроки", a, .unscheduled),
        deadlineRow("VPR schedule", "в соответствии с графиком проведения ВПР", a, .unscheduled),
        deadlineRow("VPR schedule, согласно", "согласно графику проведения ВПР", a, .unscheduled),
        deadlineRow("after VPR/GIA", "по итогам ВПР/ГИА", a, .unscheduled),
        deadlineRow("after OGE and EGE", "по результатам ОГЭ и ЕГЭ", a, .unscheduled),
        deadlineRow("schedule of MKU", "по графику МКУ", a, .unscheduled),
        deadlineRow("a month with set terms in brackets", "Октябрь 2022 г. (в сроки, установленные Рособрнадзором)",
                    a, .windows, ["2022-10-01…2022-10-31"], qualifier: "в сроки, установленные Рособрнадзором"),
        // Ranges with no year run in the period's order: a school year wraps at
        // the new year (a calendar year does not: `unreadInOneKindOfPeriod`).
        deadlineRow("September to May, school year", "сентябрь-май", a, .windows, ["2022-09-01…2023-05-31"]),
        deadlineRow("November to February, school year", "с ноября по февраль", a, .windows, ["2022-11-01…2023-02-28"]),
        deadlineRow("days across the new year, school year", "25.12-10.01", a, .windows, ["2022-12-25…2023-01-10"]),
        deadlineRow("month parts across the new year, school year", "конец декабря – начало января", a, .windows,
                    ["2022-12-21…2023-01-10"]),
        // A year written places the range as written; a season keeps its months.
        deadlineRow("December to February with the end's year, calendar", "Декабрь – февраль 2023 года", c, .windows,
                    ["2022-12-01…2023-02-28"]),
        deadlineRow("winter, calendar", "зима", c, .windows, ["2022-12-01…2023-02-28"]),
        deadlineRow("winter holidays, calendar", "зимние каникулы", c, .windows, ["2022-12-25…2023-01-10"]),
        // A day limit every month has.
        deadlineRow("monthly, to the 31st", "ежемесячно (до 31 числа)", c, .recurring,
                    monthWindows((1...12).map { (2023, $0) }), recurrence: .monthly, qualifier: "до 31 числа"),
    ]
}()

/// What still cannot be read, and why: which holidays, a fifth term, a
/// fourth decade, a recurrence mixed with a bare month, a span with no start.
private let stillUnreadable: [String] = [
    "в период каникул",
    "каникулы",
    "по итогам V четверти",
    "4 декада мая",
    "6 неделя ноября",
    "ежемесячно, ноябрь 2022 года",
    "с",
    "по итогам",
    "конец",
    "середина учебного года",
    "в сроки",
    // Backward in either order of months.
    "май-март",
    "май – март",
    // A day that no month has: unread, never a limit dropped.
    "ежемесячно (до 99 числа)",
    "ежемесячно (до 0 числа)",
    "ежемесячно до 32 числа",
    "ежеквартально (до 45 числа)",
    "до 40 числа каждого месяца",
    "31 апреля",
    "до 31 апреля",
    "1-31 апреля",
    "30 февраля",
]

/// Yearless ranges read in one kind of roadmap that run backward in the
/// other's order of months, so could only be placed across its edge.
private let unreadInOneKindOfPeriod: [(phrase: String, context: DeadlineContext)] = [
    ("сентябрь-май", DeadlineFixtures.calendar2023),
    ("с ноября по февраль", DeadlineFixtures.calendar2023),
    ("25.12-10.01", DeadlineFixtures.calendar2023),
    ("конец декабря – начало января", DeadlineFixtures.calendar2023),
    ("май-сентябрь", DeadlineContext(period: .academic(startYear: 2022))),
]

@Suite("Deadline phrases of school roadmaps")
struct DeadlinePhraseTableTests {
    @Test("Read as a person reads them", arguments: phrases)
    func phrase(_ row: DeadlineCase) { row.check() }

    @Test("Still unread", arguments: stillUnreadable)
    func unreadable(_ phrase: String) {
        for context in [DeadlineContext(period: .academic(startYear: 2022)), DeadlineFixtures.calendar2023] {
            let deadline = DeadlineParser.parse(phrase, in: context)
            #expect(deadline.kind == .unrecognized)
            #expect(deadline.windows.isEmpty)
        }
    }

    @Test("Unread where the range runs backward", arguments: unreadInOneKindOfPeriod)
    func backward(_ phrase: String, in context: DeadlineContext) {
        #expect(DeadlineParser.parse(phrase, in: context).kind == .unrecognized)
        let other = context.period.isAcademic ? DeadlineFixtures.calendar2023 : DeadlineContext(period: .academic(startYear: 2022))
        #expect(DeadlineParser.parse(phrase, in: other).isRecognized)
    }

    @Test("«по итогам» takes the last week and ten days after")
    func resultsWindow() {
        let term = DateWindow(start: Day(year: 2022, month: 9, day: 1)!, end: Day(year: 2022, month: 10, day: 31)!)
        let window = DeadlineYears.results(of: term)
        #expect(window.start.days(until: term.end) == DeadlineYears.resultsLead)
        #expect(term.end.days(until: window.end) == DeadlineYears.resultsLag)
    }
}
