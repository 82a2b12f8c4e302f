import Testing
import RoadmapModel
@testable import RoadmapApp

@Suite struct SummaryTests {
    func expectSame(_ a: Summary, _ b: Summary) {
        #expect(a.overdue == b.overdue)
        #expect(a.overdueBySchool.filter { $0.value != 0 } == b.overdueBySchool.filter { $0.value != 0 })
        #expect(a.progressBySchool == b.progressBySchool)
        #expect(a.overall == b.overall)
        #expect(a.doneCount == b.doneCount)
        #expect(a.inProgressCount == b.inProgressCount)
        #expect(a.combined == b.combined)
    }

    @Test func theOverdueListIsTheModelsList() {
        let state = Fixture.state()
        let model = Overdue.items(in: state.data, schedule: state.schedule, query: OverdueQuery(asOf: state.asOf))
        #expect(state.summary.overdue == model)
    }

    /// A mark recounts one measure; the result must equal counting everything again.
    @Test func recountingMarkedMeasuresEqualsCountingAll() {
        var state = Fixture.state()
        press(&state, .down, .character("p"))          // 1.2 for every school
        press(&state, .down, .left, .character("c"))    // 2.1, February
        press(&state, .tab, .character("d"), .enter)    // the longest overdue item
        expectSame(state.summary, Summary(data: state.data, schedule: state.schedule, asOf: state.asOf))
        press(&state, .character("u"), .character("u"))
        expectSame(state.summary, Summary(data: state.data, schedule: state.schedule, asOf: state.asOf))
        // Only the in-progress mark on 1.2 is left; in progress is still late,
        // Урожайное's done included.
        #expect(state.summary.overdue.map(\.measure.id) == ["1.1", "1.2", "1.2", "1.2", "2.1", "2.1"])
        #expect(state.summary.overdue.map(\.status) == [.planned, .inProgress, .inProgress, .inProgress, .planned, .planned])
    }

    @Test func perSchoolProgressCountsDoneOutOfNotCancelled() {
        let summary = Fixture.state().summary
        // Урожайное: 1.2 done, 2.2 planned.
        #expect(summary.progressBySchool["urozhaynoe"] == Tally(done: 1, total: 2))
        // Хамидие: 1.2, 2.2 open, 3.3 cancelled (left out).
        #expect(summary.progressBySchool["khamidie"] == Tally(done: 0, total: 2))
        #expect(summary.overdueBySchool == ["khamidie": 1, "sol-7": 1])
        #expect(summary.combined["2.1"]?.count == 12)
        #expect(summary.combined["2.3"] == [.unscheduled])
    }
}

/// The summary counts from one pass over the progress files; the model's
/// own per-occurrence counting is the reference it must agree with.
@Suite struct SummaryAgreesWithTheModelTests {
    /// Schools joining and leaving during the year, a monthly measure kept
    /// per school with marks in some months, and records for a school that
    /// had left (they must not count).
    static var region: (RoadmapData, Schedule) {
        var data = Fixture.data
        let day = Fixture.day
        data.schools += [
            School(id: "late", name: "МБОУ СОШ № 3", shortName: "СОШ № 3", programmes: ["ШНОР"], joined: day(2021, 1, 10)),
            School(id: "gone", name: "МБОУ ООШ № 5", shortName: "ООШ № 5", programmes: ["ШНОР"], left: day(2020, 12, 1)),
        ]
        data.measures.append(Measure(id: "4.1", number: "4.1.", section: "III", title: "Ежемесячный отчёт школы",
                                     deadline: "Ежемесячно", responsible: ["Руководители ОО"], scope: .everySchool))
        var deadlines = Fixture.deadlines
        deadlines["4.1"] = Deadline(phrase: "Ежемесячно", kind: .recurring, recurrence: .monthly, windows: Fixture.monthly)
        let marks: [(String, Day, Status)] = [
            ("urozhaynoe", day(2020, 9, 30), .done), ("urozhaynoe", day(2020, 10, 31), .done),
            ("khamidie", day(2020, 9, 30), .cancelled), ("khamidie", day(2021, 2, 28), .inProgress),
            ("late", day(2021, 1, 31), .done), ("gone", day(2021, 1, 31), .done), ("gone", day(2020, 9, 30), .notDone),
        ]
        for (school, occurrence, status) in marks {
            data.apply(Fixture.entry(status), to: ProgressKey(measure: "4.1", school: school, occurrence: occurrence))
        }
        return (data, Schedule(deadlines: deadlines))
    }

    @Test(arguments: [Fixture.day(2020, 11, 15), Fixture.asOf, Fixture.day(2021, 9, 1)])
    func perSchoolCountsMatchTheModel(asOf: Day) {
        let (data, schedule) = Self.region
        let summary = Summary(data: data, schedule: schedule, asOf: asOf)
        #expect(summary.overdue == Overdue.items(in: data, schedule: schedule, query: OverdueQuery(asOf: asOf)))
        var all = StatusCounts()
        for school in data.schools {
            let counts = data.measures.map { schedule.counts(of: $0, in: data, asOf: asOf, school: school.id) }
                .reduce(StatusCounts(), +)
            #expect(summary.progress(ofSchool: school.id) == Tally(done: counts.done, total: counts.total - counts.cancelled),
                    "\(school.id)")
            #expect(summary.overdueCount(ofSchool: school.id) == counts.overdue, "\(school.id)")
        }
        for measure in data.measures { all = all + schedule.counts(of: measure, in: data, asOf: asOf) }
        #expect(summary.overall == Tally(done: all.done, total: all.total - all.cancelled))
        #expect(summary.overdueCount == all.overdue)
    }

    @Test func aMonthlyMeasureCombinesItsSchoolsPerMonth() {
        let (data, schedule) = Self.region
        let combined = Summary(data: data, schedule: schedule, asOf: Fixture.asOf).combined["4.1"] ?? []
        #expect(combined.count == 12)
        // September: Урожайное done, Хамидие cancelled, the rest open and late.
        #expect(combined[0] == .overdue)
        // March onward: nothing is due yet.
        #expect(combined[6...].allSatisfy { $0 == .upcoming })
    }
}
