import Testing
@testable import RoadmapModel

@Suite("The overdue engine")
struct OverdueTests {
    static let period = Period.academic(startYear: 2020)
    static func day(_ text: String) -> Day { Day.parse(text)! }

    static func data() -> RoadmapData {
        let roadmap = Roadmap(title: "План", municipality: "Город", period: period)
        let schools = [
            School(id: "a", name: "МБОУ СОШ № 1", shortName: "СОШ № 1"),
            School(id: "b", name: "МБОУ СОШ № 2", shortName: "СОШ № 2", joined: day("2021-01-10")),
            School(id: "c", name: "МБОУ СОШ № 3", shortName: "СОШ № 3", left: day("2020-12-01")),
        ]
        let measures = [
            Measure(id: "1.1", number: "1.1", section: "I", title: "Муниципальное", deadline: "ноябрь 2020 года",
                    responsible: ["Отдел мониторинга УРМУО"]),
            Measure(id: "1.2", number: "1.2", section: "I", title: "Каждая школа", deadline: "Ноябрь, декабрь 2020 года",
                    responsible: ["Руководители ОО"], scope: .everySchool),
            Measure(id: "1.10", number: "1.10", section: "I", title: "Постоянно", deadline: "Постоянно",
                    responsible: ["Ёлкина Т.С."]),
            Measure(id: "2.1", number: "2.1", section: "II", title: "Без дат", deadline: "По отдельному плану"),
            Measure(id: "2.2", number: "2.2", section: "II", title: "Выбранные школы", deadline: "Январь 2021 года",
                    responsible: ["Руководители ОО"], scope: .schools(["b"])),
        ]
        return RoadmapData(roadmap: roadmap, schools: schools, measures: measures)
    }

    static func rows(_ data: RoadmapData, _ query: OverdueQuery) -> [String] {
        Overdue.items(in: data, schedule: Schedule(data), query: query)
            .map { "\($0.measure.id) \($0.school?.id ?? "-") \($0.due.iso) \($0.daysOverdue)" }
    }

    @Test func listsEndedWindowsPerSchoolLongestFirstRespectingJoiningAndLeaving() {
        let rows = Self.rows(Self.data(), OverdueQuery(asOf: Self.day("2021-03-01")))
        #expect(rows == [
            "1.1 - 2020-11-30 91",
            "1.2 a 2020-11-30 91",
            "1.2 c 2020-11-30 91",   // still in the programme in November
            "1.2 a 2020-12-31 60",   // c left on 1 December; b joined in January
            "2.2 b 2021-01-31 29",
        ])
    }

    @Test func doneAndCancelledAreNeverOverdueButNotDoneAndInProgressAre() {
        var data = Self.data()
        let at = "2021-01-01T10:00:00+10:00"
        data.apply(HistoryEntry(at: at, by: "И.", status: .done, note: "Проведено", doneOn: Self.day("2020-11-20")),
                   to: ProgressKey(measure: "1.1"))
        data.apply(HistoryEntry(at: at, by: "И.", status: .cancelled), to: ProgressKey(measure: "1.2", school: "c", occurrence: Self.day("2020-11-30")))
        data.apply(HistoryEntry(at: at, by: "И.", status: .notDone), to: ProgressKey(measure: "1.2", school: "a", occurrence: Self.day("2020-11-30")))
        data.apply(HistoryEntry(at: at, by: "И.", status: .inProgress), to: ProgressKey(measure: "2.2", school: "b"))
        let items = Overdue.items(in: data, schedule: Schedule(data), query: OverdueQuery(asOf: Self.day("2021-03-01")))
        #expect(items.map { "\($0.measure.id) \($0.school?.id ?? "-") \($0.status.rawValue)" } == [
            "1.2 a not-done", "1.2 a planned", "2.2 b in-progress",
        ])
    }

    @Test func continuousMeasuresAreLateOnlyAfterThePeriodAndUnscheduledNever() {
        let data = Self.data()
        #expect(!Self.rows(data, OverdueQuery(asOf: Self.day("2021-08-31"))).contains { $0.hasPrefix("1.10") })
        let after = Self.rows(data, OverdueQuery(asOf: Self.day("2021-09-02")))
        #expect(after.contains("1.10 - 2021-08-31 2"))
        #expect(!after.contains { $0.hasPrefix("2.1 ") })
    }

    @Test func onTheLastDayNothingIsLateYet() {
        #expect(Self.rows(Self.data(), OverdueQuery(asOf: Self.day("2020-11-30"))).isEmpty)
        #expect(Self.rows(Self.data(), OverdueQuery(asOf: Self.day("2020-12-01"))).count == 3)
    }

    @Test func filtersBySchoolAndByResponsibleWithYoAsYe() {
        let data = Self.data()
        let asOf = Self.day("2021-09-02")
        #expect(Self.rows(data, OverdueQuery(asOf: asOf, school: "b")) == ["2.2 b 2021-01-31 214"])
        #expect(Self.rows(data, OverdueQuery(asOf: asOf, responsible: "елкина")) == ["1.10 - 2021-08-31 2"])
        #expect(Self.rows(data, OverdueQuery(asOf: asOf, responsible: "МОНИТОРИНГА")) == ["1.1 - 2020-11-30 276"])
    }

    @Test func statusCountsAgreeWithTheList() {
        let data = Self.data()
        let schedule = Schedule(data)
        let asOf = Self.day("2021-03-01")
        let overdue = data.measures.map { schedule.counts(of: $0, in: data, asOf: asOf).overdue }.reduce(0, +)
        #expect(overdue == Overdue.items(in: data, schedule: schedule, query: OverdueQuery(asOf: asOf)).count)
        let perSchool = schedule.counts(of: data.measures[1], in: data, asOf: asOf)
        #expect(perSchool.total == 3)   // a twice, c in November only, b in neither (joined in January)
    }
}
