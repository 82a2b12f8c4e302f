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
