import Testing
import RoadmapModel
@testable import RoadmapApp

/// The header's ✓ ▓ ! are one partition of the occurrences, counted by the
/// model's `Standing` as the report and `roadmap list` count them.
@Suite struct HeaderCountsTests {
    /// Terek on 15.11.2022 with the marks of the report's agreement test:
    /// 1 and Хамидие's 5 in progress past their windows, 17 and
    /// Урожайное's 2 in progress on time.
    static func state() -> AppState {
        var data = Terek.data
        let marks = [ProgressKey(measure: "1"), ProgressKey(measure: "17"),
                     ProgressKey(measure: "2", school: "urozhaynoe"), ProgressKey(measure: "5", school: "khamidie")]
        for key in marks {
            data.apply(HistoryEntry(at: "2022-02-01T10:00:00+03:00", by: "Шидукова Л.П.", status: .inProgress), to: key)
        }
        return AppState(data: data, directory: "/home/metodist/roadmap/terek-2022", mode: .coordinator(readOnly: false),
                        today: Day(year: 2022, month: 11, day: 15)!, width: 160, height: 40,
                        user: "Шидукова Л.П.", now: "2022-11-15T09:00:00+03:00")
    }

    @Test func lateInProgressIsCountedAsLate() {
        let state = Self.state()
        let counts = state.summary.counts
        #expect([counts.total, counts.done, counts.inProgress, counts.overdue, counts.planned] == [89, 0, 2, 40, 47])
        #expect(state.summary.overdueCount == counts.overdue)
        #expect(App.render(state).line(1).contains("✓ выполнено 0 · ▓ выполняется 2 · ! просрочено 40"))
    }

    @Test func markingKeepsThePartition() {
        var state = Self.state()
        // Measure 16 (март – апрель), late and unmarked, marked in progress:
        // still late, so the header does not move.
        for _ in 0..<40 where state.selectedMeasure?.id != "16" { press(&state, .up) }
        #expect(state.selectedMeasure?.id == "16")
        press(&state, .character("p"))
        #expect(state.data.status(of: ProgressKey(measure: "16"), asOf: state.asOf) == .inProgress)
        #expect([state.summary.counts.inProgress, state.summary.counts.overdue] == [2, 40])
        #expect(state.summary.counts == Summary(data: state.data, schedule: state.schedule, asOf: state.asOf).counts)
    }
}
