import RoadmapModel
@testable import RoadmapApp

/// A small academic-year roadmap in the shape of the Vladivostok and
/// Sol-Iletsk documents, with deadlines given as windows (so the tests do
/// not depend on the deadline parser) and progress already marked.
enum Fixture {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }
    static func window(_ a: Day, _ b: Day) -> DateWindow { DateWindow(start: a, end: b) }

    static let asOf = day(2021, 3, 1)
    static let today = day(2021, 3, 1)

    static let cjkTitle = "Семинар 学校改善 для руководителей школ с низкими образовательными результатами"

    static let schools: [School] = [
        School(id: "urozhaynoe", name: "МКОУ СОШ с.п. Урожайное", shortName: "Урожайное",
               programmes: ["ШНОР", "500+"], growthPoint: GrowthPoint(opened: day(2020, 9, 1))),
        School(id: "khamidie", name: "МКОУ СОШ с.п. Хамидие", shortName: "Хамидие", programmes: ["ШНОР"]),
        School(id: "sol-7", name: "МОБУ «СОШ № 7» г. Соль-Илецка", shortName: "СОШ № 7 Соль-Илецк",
               programmes: ["ШНОР"]),
    ]

    static let measures: [Measure] = [
        Measure(id: "1.1", number: "1.1.", section: "I",
                title: "Проведение анализа результатов ВПР в школах с низкими результатами",
                deadline: "Октябрь 2020 года", responsible: ["Отдел общего образования УРМУО"],
                result: "Аналитическая справка"),
        Measure(id: "1.2", number: "1.2.", section: "I",
                title: "Разработка программ перехода школ в эффективный режим",
                deadline: "Ноябрь-декабрь 2020 года", responsible: ["Руководители ОО"],
                result: "Программы перехода", scope: .everySchool),
        Measure(id: "2.1", number: "2.1.", section: "II", title: "Час контроля с директорами школ",
                deadline: "Ежемесячно", responsible: ["Отдел общего образования УРМУО"]),
        Measure(id: "2.2", number: "2.2.", section: "II",
                title: "Посещение уроков учителей математики", deadline: "Февраль - май 2021 года",
                responsible: ["ИМЦ", "Руководители ОО"], scope: .everySchool),
        Measure(id: "2.3", number: "2.3.", section: "II", title: "Консультации по запросу школ",
                deadline: "по мере обращения", responsible: ["ИМЦ"]),
        Measure(id: "3.1", number: "3.1.", section: "III", title: cjkTitle, deadline: "Апрель 2021 года",
                responsible: ["ИМЦ"]),
        Measure(id: "3.2", number: "3.2.", section: "III",
                title: "Учёт ёмкости методических объединений", deadline: "Январь 2021 года",
                responsible: ["Отдел общего образования УРМУО"]),
        Measure(id: "3.3", number: "3.3.", section: "III", title: "Обмен опытом со школой-партнёром",
                deadline: "Декабрь 2020 года", responsible: ["Руководители ОО"], scope: .schools(["khamidie"])),
    ]

    static var monthly: [DateWindow] {
        Period.academic(startYear: 2020).months.map {
            window(Day.firstOf(month: $0.month, year: $0.year), Day.lastOf(month: $0.month, year: $0.year))
        }
    }

    static var deadlines: [String: Deadline] {
        [
            "1.1": Deadline(phrase: "Октябрь 2020 года", kind: .windows, windows: [window(day(2020, 10, 1), day(2020, 10, 31))]),
            "1.2": Deadline(phrase: "Ноябрь-декабрь 2020 года", kind: .windows, windows: [window(day(2020, 11, 1), day(2020, 12, 31))]),
            "2.1": Deadline(phrase: "Ежемесячно", kind: .recurring, recurrence: .monthly, windows: monthly),
            "2.2": Deadline(phrase: "Февраль - май 2021 года", kind: .windows, windows: [window(day(2021, 2, 1), day(2021, 5, 31))]),
            "2.3": Deadline(phrase: "по мере обращения", kind: .unrecognized),
            "3.1": Deadline(phrase: "Апрель 2021 года", kind: .windows, windows: [window(day(2021, 4, 1), day(2021, 4, 30))]),
            "3.2": Deadline(phrase: "Январь 2021 года", kind: .windows, windows: [window(day(2021, 1, 1), day(2021, 1, 31))]),
            "3.3": Deadline(phrase: "Декабрь 2020 года", kind: .windows, windows: [window(day(2020, 12, 1), day(2020, 12, 31))]),
        ]
    }

    static func entry(_ status: Status, note: String? = nil, on: Day? = nil) -> HistoryEntry {
        HistoryEntry(at: "2021-01-15T10:00:00+10:00", by: "Иванова Л.П.", status: status, note: note, doneOn: on)
    }

    static var progress: [ProgressRecord] {
        [
            ProgressRecord(key: ProgressKey(measure: "1.2", school: "urozhaynoe"),
                           history: [entry(.done, note: "Программа утверждена приказом № 12", on: day(2020, 12, 20))]),
            ProgressRecord(key: ProgressKey(measure: "2.1", occurrence: day(2020, 9, 30)), history: [entry(.done)]),
            ProgressRecord(key: ProgressKey(measure: "2.1", occurrence: day(2020, 10, 31)), history: [entry(.done)]),
            ProgressRecord(key: ProgressKey(measure: "2.1", occurrence: day(2020, 11, 30)), history: [entry(.done)]),
            ProgressRecord(key: ProgressKey(measure: "2.1", occurrence: day(2020, 12, 31)), history: [entry(.done)]),
            ProgressRecord(key: ProgressKey(measure: "2.2", school: "khamidie"), history: [entry(.inProgress)]),
            ProgressRecord(key: ProgressKey(measure: "3.2"),
                           history: [entry(.inProgress), entry(.done, note: "нет", on: day(2021, 1, 29))]),
            ProgressRecord(key: ProgressKey(measure: "3.3", school: "khamidie"), history: [entry(.cancelled)]),
        ]
    }

    static var roadmap: Roadmap {
        Roadmap(title: "План мероприятий («дорожная карта») по поддержке школ с низкими результатами",
                municipality: "город Владивосток", period: .academic(startYear: 2020),
                sections: [Section(number: "I", title: "Диагностический этап"),
                           Section(number: "II", title: "Организационный этап"),
                           Section(number: "III", title: "Методическое сопровождение")])
    }

    static var data: RoadmapData {
        RoadmapData(roadmap: roadmap, schools: schools, measures: measures, progress: progress)
    }

    static func state(_ mode: AppMode = .coordinator(readOnly: false), width: Int = 120, height: Int = 40,
                      data: RoadmapData = Fixture.data, asOf: Day = Fixture.asOf) -> AppState {
        AppState(data: data, directory: "/srv/roadmap/vladivostok", mode: mode, today: today, asOf: asOf,
                 width: width, height: height, schedule: Schedule(deadlines: deadlines),
                 user: "Иванова Л.П.", now: "2021-03-01T09:30:00+10:00")
    }
}
