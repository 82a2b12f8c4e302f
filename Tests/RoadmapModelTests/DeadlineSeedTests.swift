import Testing
@testable import RoadmapModel

/// One row of a deadline table: a phrase, where it stands, what it must read as.
struct DeadlineCase: Sendable, CustomTestStringConvertible {
    var label: String
    var phrase: String
    var context: DeadlineContext
    var kind: DeadlineKind
    var recurrence: Recurrence?
    /// Windows as `start…end` in ISO form.
    var windows: [String]
    var qualifier: String?

    var testDescription: String { "\(label) «\(phrase)»" }

    /// Checks the parse against the row, field by field.
    func check() {
        let deadline = DeadlineParser.parse(phrase, in: context)
        #expect(deadline.phrase == phrase)
        #expect(deadline.kind == kind)
        #expect(deadline.recurrence == recurrence)
        #expect(deadline.windows.map(\.description) == windows)
        #expect(deadline.qualifier == qualifier)
    }
}

func deadlineRow(_ label: String, _ phrase: String, _ context: DeadlineContext, _ kind: DeadlineKind,
                 _ windows: [String] = [], recurrence: Recurrence? = nil, qualifier: String? = nil) -> DeadlineCase {
    DeadlineCase(label: label, phrase: phrase, context: context, kind: kind,
                 recurrence: recurrence, windows: windows, qualifier: qualifier)
}

enum DeadlineFixtures {
    static let academic2020 = DeadlineContext(period: .academic(startYear: 2020))
    static let calendar2022 = DeadlineContext(period: .calendar(year: 2022))
    static let calendar2023 = DeadlineContext(period: .calendar(year: 2023))

    static let wholeAcademic2020 = ["2020-09-01…2021-08-31"]
    static let whole2022 = ["2022-01-01…2022-12-31"]
    static let whole2023 = ["2023-01-01…2023-12-31"]
}

/// Every «Срок реализации» cell of seed 001 (Vladivostok, 2020-2021 school year).
private let seed001: [DeadlineCase] = {
    let c = DeadlineFixtures.academic2020
    let year = DeadlineFixtures.wholeAcademic2020
    return [
        deadlineRow("001 1.1", "Ноябрь-декабрь 2020 года", c, .windows, ["2020-11-01…2020-12-31"]),
        deadlineRow("001 1.2", "Январь - февраль 2021 года", c, .windows, ["2021-01-01…2021-02-28"]),
        deadlineRow("001 1.3", "Декабрь 2020 года – май 2021 года (по отдельному графику)", c, .windows,
            ["2020-12-01…2021-05-31"], qualifier: "по отдельному графику"),
        deadlineRow("001 2.1", "до 30.10.2020", c, .windows, ["2020-09-01…2020-10-30"]),
        deadlineRow("001 2.2", "02.11.2020-03.11.2020", c, .windows, ["2020-11-02…2020-11-03"]),
        deadlineRow("001 2.3", "октябрь-ноябрь 2020 года", c, .windows, ["2020-10-01…2020-11-30"]),
        deadlineRow("001 2.4", "ноябрь 2020 года", c, .windows, ["2020-11-01…2020-11-30"]),
        deadlineRow("001 2.5", "ноябрь 2020 года, апрель 2021 года", c, .windows,
            ["2020-11-01…2020-11-30", "2021-04-01…2021-04-30"]),
        deadlineRow("001 2.6", "В течение 2020-2021 учебного года", c, .continuous, year),
        deadlineRow("001 2.7", "Октябрь-ноябрь 2020 года", c, .windows, ["2020-10-01…2020-11-30"]),
        deadlineRow("001 2.8", "Ноябрь, декабрь 2020 года", c, .windows,
            ["2020-11-01…2020-11-30", "2020-12-01…2020-12-31"]),
        deadlineRow("001 2.9", "В течение учебного года", c, .continuous, year),
        deadlineRow("001 2.10", "в течение учебного года", c, .continuous, year),
        deadlineRow("001 2.11", "В течение учебного года", c, .continuous, year),
        deadlineRow("001 2.12", "В течение учебного года", c, .continuous, year),
        deadlineRow("001 3.1", "Сентябрь-октябрь 2020 года (по отдельному плану ОО)", c, .windows,
            ["2020-09-01…2020-10-31"], qualifier: "по отдельному плану ОО"),
        deadlineRow("001 3.2", "В течение учебного года", c, .continuous, year),
        deadlineRow("001 3.3", "в течение учебного года", c, .continuous, year),
        deadlineRow("001 3.4", "Февраль-март 2021 года", c, .windows, ["2021-02-01…2021-03-31"]),
        // The close of each term, as «по итогам I четверти» reads: the last
        // week of it and ten days after.
        deadlineRow("001 3.5", "по итогам каждой четверти", c, .recurring,
            ["2020-10-25…2020-11-10", "2020-12-25…2021-01-10", "2021-03-25…2021-04-10", "2021-05-25…2021-06-10"],
            recurrence: .term),
        deadlineRow("001 3.6", "январь-февраль 2021 года", c, .windows, ["2021-01-01…2021-02-28"]),
        deadlineRow("001 3.7", "в течение учебного 2020–2021 года", c, .continuous, year),
        deadlineRow("001 4.1", "Август 2021 года", c, .windows, ["2021-08-01…2021-08-31"]),
        deadlineRow("001 4.2", "Февраль-апрель 2021 года", c, .windows, ["2021-02-01…2021-04-30"]),
        deadlineRow("001 4.3", "Август 2021 года", c, .windows, ["2021-08-01…2021-08-31"]),
        deadlineRow("001 4.4", "Апрель-май 2021 года", c, .windows, ["2021-04-01…2021-05-31"]),
        deadlineRow("001 4.5", "Март-май 2021 года Август 2021 года", c, .windows,
            ["2021-03-01…2021-05-31", "2021-08-01…2021-08-31"]),
        // Calendar quarters meeting the school year, clipped to it.
        deadlineRow("001 4.6", "1 раз в квартал", c, .recurring,
            ["2020-09-01…2020-09-30", "2020-10-01…2020-12-31", "2021-01-01…2021-03-31",
             "2021-04-01…2021-06-30", "2021-07-01…2021-08-31"], recurrence: .quarterly),
    ]
}()

/// Every «Срок исполнения» cell of seed 003 (Terek district, calendar 2022).
private let seed003: [DeadlineCase] = {
    let c = DeadlineFixtures.calendar2022
    let year = DeadlineFixtures.whole2022
    return [
        deadlineRow("003 1", "Февраль", c, .windows, ["2022-02-01…2022-02-28"]),
        deadlineRow("003 2", "Апрель-декабрь", c, .windows, ["2022-04-01…2022-12-31"]),
        deadlineRow("003 3", "Апрель-декабрь", c, .windows, ["2022-04-01…2022-12-31"]),
        deadlineRow("003 4", "Апрель-декабрь", c, .windows, ["2022-04-01…2022-12-31"]),
        deadlineRow("003 5", "Март - апрель", c, .windows, ["2022-03-01…2022-04-30"]),
        deadlineRow("003 6", "Апрель", c, .windows, ["2022-04-01…2022-04-30"]),
        deadlineRow("003 7", "Март-апрель", c, .windows, ["2022-03-01…2022-04-30"]),
        deadlineRow("003 8", "Апрель-август", c, .windows, ["2022-04-01…2022-08-31"]),
        deadlineRow("003 9", "По отдельному плану", c, .unscheduled),
        deadlineRow("003 10", "Постоянно", c, .continuous, year),
        deadlineRow("003 11", "В течение года", c, .continuous, year),
        deadlineRow("003 12", "Постоянно", c, .continuous, year),
        deadlineRow("003 13", "В течение года", c, .continuous, year),
        deadlineRow("003 14", "В течение года", c, .continuous, year),
        deadlineRow("003 15", "В течение года", c, .continuous, year),
        deadlineRow("003 16", "Март-апрель", c, .windows, ["2022-03-01…2022-04-30"]),
        deadlineRow("003 17", "Декабрь 2022 г.", c, .windows, ["2022-12-01…2022-12-31"]),
        deadlineRow("003 18", "Ежемесячно", c, .recurring,
            ["2022-01-01…2022-01-31", "2022-02-01…2022-02-28", "2022-03-01…2022-03-31",
             "2022-04-01…2022-04-30", "2022-05-01…2022-05-31", "2022-06-01…2022-06-30",
             "2022-07-01…2022-07-31", "2022-08-01…2022-08-31", "2022-09-01…2022-09-30",
             "2022-10-01…2022-10-31", "2022-11-01…2022-11-30", "2022-12-01…2022-12-31"],
            recurrence: .monthly),
    ]
}()

/// Every «Сроки исполнения» cell of seed 004 (Seryshevo, calendar 2023),
/// OCR'd from a PDF: cells split over lines are joined with the line break
/// they arrive with, and 1.3 carries the garbled second line «В те тепие года».
private let seed004: [DeadlineCase] = {
    let c = DeadlineFixtures.calendar2023
    let year = DeadlineFixtures.whole2023
    return [
        deadlineRow("004 1.1", "В течение года", c, .continuous, year),
        deadlineRow("004 1.2", "В течение года", c, .continuous, year),
        deadlineRow("004 1.3", "В течение года\nВ те тепие года", c, .continuous, year),
        deadlineRow("004 1.3 second line", "В те тепие года", c, .continuous, year),
        deadlineRow("004 1.4", "В течение года", c, .continuous, year),
        deadlineRow("004 1.5", "В течение года", c, .continuous, year),
        deadlineRow("004 2.1", "Сентябрь", c, .windows, ["2023-09-01…2023-09-30"]),
        deadlineRow("004 2.2", "В течение\nгода", c, .continuous, year),
        deadlineRow("004 2.3", "В течение года", c, .continuous, year),
        deadlineRow("004 2.4", "Март-май", c, .windows, ["2023-03-01…2023-05-31"]),
        deadlineRow("004 3.1", "Ежеквартально", c, .recurring,
            ["2023-01-01…2023-03-31", "2023-04-01…2023-06-30", "2023-07-01…2023-09-30", "2023-10-01…2023-12-31"],
            recurrence: .quarterly),
        deadlineRow("004 3.2", "В течение года", c, .continuous, year),
        deadlineRow("004 3.3", "В течение года", c, .continuous, year),
        deadlineRow("004 3.4", "Сентябрь", c, .windows, ["2023-09-01…2023-09-30"]),
        deadlineRow("004 3.5", "Январь", c, .windows, ["2023-01-01…2023-01-31"]),
        deadlineRow("004 4.1", "В течение\nгода", c, .continuous, year),
    ]
}()

@Suite("Deadline cells of the seed roadmaps")
struct DeadlineSeedTests {
    @Test("Seed 001, school year 2020-2021", arguments: seed001)
    func seed001Cells(_ row: DeadlineCase) { row.check() }

    @Test("Seed 003, calendar year 2022", arguments: seed003)
    func seed003Cells(_ row: DeadlineCase) { row.check() }

    @Test("Seed 004, calendar year 2023, OCR'd", arguments: seed004)
    func seed004Cells(_ row: DeadlineCase) { row.check() }

    @Test("Every measure of each seed has its row")
    func tablesAreComplete() {
        #expect(seed001.count == 28)
        #expect(seed003.count == 18)
        #expect(seed004.filter { !$0.label.hasSuffix("second line") }.count == 15)
    }
}
