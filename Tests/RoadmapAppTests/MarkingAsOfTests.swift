import Foundation
import Testing
import RoadmapModel
import RoadmapStore
@testable import RoadmapApp

/// The dashboard on the Терский район sample, looking back from
/// 23.11.2026: what it counts as done, and how a mark made then is dated.
@Suite struct MarkingAsOfTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/RoadmapStore/Samples/terek-2022")
    static let today = Day(year: 2026, month: 11, day: 23)!
    static let now = "2026-11-23T10:15:00+03:00"

    static func state(_ data: RoadmapData, asOf: Day, today: Day = today) -> AppState {
        AppState(data: data, directory: "terek", mode: .coordinator(readOnly: false), today: today, asOf: asOf,
                 width: 140, height: 40, user: "Шидукова Л.П.", now: now)
    }

    static func terek() throws -> RoadmapData { try #require(DataDirectory(sample).load().data) }

    /// Home, then down the timeline to a measure (at most 40 steps).
    static func select(_ id: String, _ state: inout AppState) {
        press(&state, .home)
        for _ in 0..<40 where state.selectedMeasure?.id != id { press(&state, .down) }
        #expect(state.selectedMeasure?.id == id)
    }

    @Test func aDoneMarkMadeLookingBackIsDatedTheAsOfDay() throws {
        let asOf = Day(year: 2022, month: 6, day: 15)!
        var state = Self.state(try Self.terek(), asOf: asOf)
        Self.select("18", &state)
        let june = ProgressKey(measure: "18", occurrence: Day(year: 2022, month: 6, day: 30)!)
        #expect(Marking.targets(state) == [june])
        press(&state, .character("d"))
        type(&state, "Проведён час контроля")
        let effects = press(&state, .enter)
        #expect(effects == [.save(state.data, [.progress(school: nil)])])
        let entry = try #require(state.data.record(june)?.current)
        #expect(entry.status == .done)
        #expect(entry.doneOn == asOf, "the coordinator says it was done by the date on screen")
        #expect(entry.at == Self.now, "the change keeps its real time")
        let screen = App.render(state)
        #expect(screen.contains("18 — июнь 2022 г.: выполнено 15.06.2022"))
        #expect(!screen.contains("23.11.2026 —"))
        // The detail: done on the as-of day, recorded later — both said.
        press(&state, .enter)
        let detail = App.render(state)
        #expect(detail.contains("✓ муниципальный уровень — Выполнено 15.06.2022"))
        #expect(detail.contains("Отмечено 23.11.2026 — позже даты «по состоянию на» 15.06.2022"))
        #expect(!detail.contains("на эту дату не учтено"))
    }

    /// Within a year after the 2022 roadmap, so the day may be a day done.
    @Test func atTodayAMarkIsDatedToday() throws {
        let today = Day(year: 2023, month: 2, day: 20)!
        var state = Self.state(try Self.terek(), asOf: today, today: today)
        Self.select("1", &state)
        press(&state, .character("d"), .enter)
        #expect(state.data.record(ProgressKey(measure: "1"))?.doneOn == today)
        #expect(state.message?.text == "1: выполнено 20.02.2023")
    }

    /// Four years after the 2022 roadmap: the day done is refused with the
    /// reason beside the date, as `roadmap mark --date` refuses it, and
    /// nothing is saved; the line stays open on the date to be corrected.
    @Test func aDayDoneFarOutsideThePeriodIsRefused() throws {
        var state = Self.state(try Self.terek(), asOf: Self.today)
        Self.select("1", &state)
        #expect(press(&state, .character("d"), .enter).isEmpty)
        #expect(state.data == (try Self.terek()))
        #expect(state.undo.isEmpty)
        guard case .note(let draft) = state.input else {
            Issue.record("the note line should stay open")
            return
        }
        #expect(draft.onDate)
        #expect(draft.date.problem == "вне 01.01.2021–31.12.2023")
        #expect(App.render(state).line(38).contains("дата: 23.11.2026  ✗ вне 01.01.2021–31.12.2023"))
        // Another status has no day done: it is marked.
        press(&state, .escape, .character("p"))
        #expect(state.data.record(ProgressKey(measure: "1"))?.status == .inProgress)
    }

    /// S2 on the screen: two schools done in June are not done in April.
    @Test func marksDoneLaterAreNotCountedLookingBack() throws {
        var data = try Self.terek()
        for school in ["khamidie", "urozhaynoe"] {
            data.apply(HistoryEntry(at: "2022-06-10T12:00:00+03:00", by: "Шидукова Л.П.", status: .done,
                                    doneOn: Day(year: 2022, month: 6, day: 10)!),
                       to: ProgressKey(measure: "6", school: school))
        }
        let april = Self.state(data, asOf: Day(year: 2022, month: 4, day: 15)!)
        #expect(april.summary.doneCount == 0)
        #expect(App.render(april).contains("✓ выполнено 0"))
        let may = Self.state(data, asOf: Day(year: 2022, month: 5, day: 1)!)
        #expect(may.summary.overdue.contains { $0.key == ProgressKey(measure: "6", school: "khamidie") })
        #expect(may.summary.combined["6"] == [.overdue])
        let june = Self.state(data, asOf: Day(year: 2022, month: 6, day: 15)!)
        #expect(june.summary.doneCount == 2)
        #expect(App.render(june).contains("✓ выполнено 2"))
        #expect(!june.summary.overdue.contains { $0.key == ProgressKey(measure: "6", school: "khamidie") })

        // In May the detail says why the history's «выполнено» is not counted.
        var detail = may
        Self.select("6", &detail)
        press(&detail, .enter)
        let screen = App.render(detail)
        #expect(screen.contains("Выполнено 10.06.2022 — позже даты «по состоянию на» 01.05.2022: на эту дату не учтено"))
        #expect(screen.contains("! Хамидие — Не выполнено (срок"))
        // Space there marks it done as of 1 May, not back to planned.
        press(&detail, .escape, .character(" "), .enter)
        let khamidie = ProgressKey(measure: "6", school: "khamidie")
        #expect(detail.data.record(khamidie)?.current?.status == .done)
        #expect(detail.data.record(khamidie)?.doneOn == Day(year: 2022, month: 5, day: 1)!)
        #expect(detail.summary.combined["6"] == [.done])
    }
}
